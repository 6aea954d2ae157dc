import { AlertTriangle, Scale } from "lucide-react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { SessionContext } from "@/lib/auth/session-context";
import { AppError } from "@/lib/errors";
import { CATEGORY_NAMES } from "@/lib/legal/assessment-texts";
import { getDisputeLegalAssessmentForRender, type DisputeLegalAssessment } from "@/lib/legal/get-dispute-legal-assessment";
import type { ElementAssessment } from "@/lib/legal/legal-assessment-schema";
import { LEGAL_TRACKS, type LegalTrack } from "@/lib/legal/legal-rule-schema";
import { formatFen } from "@/lib/utils/money";
import { RuleRefLine } from "./rule-ref-line";

const STATUS_TONE = { supported: "green", partial: "amber", missing: "red" } as const;

/**
 * The dispute page's legal block: amounts, the buyer's cumulative total, the province
 * threshold and tier, every route with its basis and the evidence for each element, and
 * the "not legal advice" notice, which is shown whatever else fails.
 */
export async function LegalAssessmentSection({ ctx, disputeId }: { ctx: SessionContext; disputeId: string }) {
  const t = await getTranslations("legal");
  const lang = (await getLocale()) === "en" ? "en" : "zh";
  let assessment: DisputeLegalAssessment | null = null;
  let failure: string | null = null;
  try {
    assessment = await getDisputeLegalAssessmentForRender(ctx, disputeId);
  } catch (error) {
    if (!(error instanceof AppError) || error.code === "NOT_FOUND") throw error;
    failure = (await getTranslations("errors"))(error.messageKey, error.values);
  }

  return (
    <Card>
      <section aria-labelledby="legal-section-title" data-testid="legal-section">
        <CardHeader>
          <CardTitle id="legal-section-title" className="flex items-center gap-2">
            <Scale className="size-4" aria-hidden />
            {t("section.title")}
          </CardTitle>
          {assessment ? (
            <span className="text-xs text-muted-foreground">{t("section.assessedOn", { date: assessment.assessmentDate, actDate: assessment.actDate })}</span>
          ) : null}
        </CardHeader>
        <CardContent className="space-y-5 text-sm">
          <Alert tone="warning" data-testid="legal-notice">
            {(assessment?.notice ?? FALLBACK_NOTICE)[lang]}
          </Alert>
          {failure ? <Alert tone="error">{t("section.error", { message: failure })}</Alert> : null}
          {assessment ? <AssessmentBody assessment={assessment} lang={lang} disputeId={disputeId} /> : null}
        </CardContent>
      </section>
    </Card>
  );
}

const FALLBACK_NOTICE = {
  zh: "以下内容仅供参考，不构成法律意见；请以现行官方文本为准，并咨询执业律师。",
  en: "For reference only and not legal advice; verify the current official text and consult a licensed lawyer.",
};

async function AssessmentBody({ assessment: a, lang, disputeId }: { assessment: DisputeLegalAssessment; lang: "zh" | "en"; disputeId: string }) {
  const t = await getTranslations("legal");
  const td = await getTranslations("domain");
  const linkKinds = [...new Set(a.buyer.links.map((l) => l.kind))];
  const ruleOf = (id: string, version: string) => a.citedRules.find((r) => r.id === id && r.version === version);
  const onFile = Object.entries(a.evidenceOnFile).filter(([, count]) => count > 0);

  return (
    <>
      <dl className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <Figure label={t("section.claimed")} testId="legal-claimed">
          <span className="text-lg font-semibold tabular-nums">{formatFen(a.dispute.claimedFen)}</span>
          <span className="block text-xs text-muted-foreground">
            {a.dispute.refundConfirmed ? t("section.refundConfirmed") : t("section.refundUnconfirmed")}
          </span>
        </Figure>
        <Figure label={t("section.buyerTotal")} testId="legal-buyer-total">
          <span className="text-lg font-semibold tabular-nums">{formatFen(a.buyer.countedFen)}</span>
          <span className="block text-xs text-muted-foreground">
            {t("section.buyerClaims", { count: a.buyer.disputeCount })}
            {linkKinds.length ? ` · ${t("section.matchedBy", { kinds: linkKinds.map((k) => t(`keyKind.${k}`)).join(lang === "zh" ? "、" : ", ") })}` : ""}
          </span>
          <Link href={`/buyers?dispute=${encodeURIComponent(disputeId)}`} className="text-xs text-primary underline">
            {t("section.buyerLink")}
          </Link>
        </Figure>
        <Figure label={t("section.threshold")} testId="legal-threshold">
          <span className="text-lg font-semibold tabular-nums">{formatFen(a.thresholds.relativelyLargeFen)}</span>
          <span className="block text-xs text-muted-foreground">
            {a.thresholds.defaulted.relativelyLarge ? t("section.thresholdDefault") : (a.province ?? "")}
          </span>
          <Link href="/settings#legal-thresholds" className="text-xs text-primary underline">
            {t("section.thresholdSettings")}
          </Link>
        </Figure>
        <Figure label={t("section.category")} testId="legal-category">
          <Badge tone={a.category === "below" ? "slate" : "red"} className="whitespace-normal">
            {CATEGORY_NAMES[a.category][lang]}
          </Badge>
          {a.confirmedCategory !== a.category ? (
            <span className="block text-xs text-muted-foreground">
              {t("section.categoryConfirmedOnly", { category: CATEGORY_NAMES[a.confirmedCategory][lang] })}
            </span>
          ) : null}
        </Figure>
      </dl>

      {onFile.length ? (
        <p className="text-xs text-muted-foreground">
          {t("section.evidenceOnFile", { list: onFile.map(([kind, count]) => t("section.evidenceCount", { kind: td(`evidenceKind.${kind}`), count })).join(" · ") })}
        </p>
      ) : null}

      <div className="space-y-2" data-testid="legal-warnings">
        <h3 className="flex items-center gap-1 text-xs font-semibold text-muted-foreground uppercase">
          <AlertTriangle className="size-3.5" aria-hidden />
          {t("section.warnings")}
        </h3>
        <ul className="space-y-1.5">
          <li className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-900" data-testid="psapl-warning">
            {t("section.psaplWarning")}
          </li>
          {a.findingsAwaitingReview.length ? (
            <li className="rounded-md border border-blue-200 bg-blue-50 px-3 py-2 text-blue-900">
              {t("section.awaitingReview", { count: a.findingsAwaitingReview.length })}
            </li>
          ) : null}
          {a.warnings.map((warning, index) => (
            <li key={`${warning.code}-${index}`} className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-900">
              {warning.message[lang]}
            </li>
          ))}
        </ul>
      </div>

      <div className="space-y-3">
        <h3 className="text-xs font-semibold text-muted-foreground uppercase">{t("section.tracks")}</h3>
        {LEGAL_TRACKS.map((id) => {
          const track = a.tracks.find((x) => x.id === id);
          if (!track) return <NotApplying key={id} id={id} assessment={a} />;
          return (
            // Only the appeal, the step every case starts with, is open: the page stays scannable.
            <details key={id} open={id === "platform-appeal"} className="rounded-md border border-border" data-testid="legal-track" data-track={id} data-applies="true">
              <summary className="flex cursor-pointer flex-wrap items-center gap-2 px-3 py-2">
                <Badge tone="green">{t("section.applies")}</Badge>
                <span className="font-medium">{track.title[lang]}</span>
                <Badge tone={track.missingElements.length ? "amber" : "green"}>
                  {t("section.elementsSupported", { supported: track.elements.length - track.missingElements.length, total: track.elements.length })}
                </Badge>
              </summary>
              <div className="space-y-3 border-t border-border px-3 py-3">
                <ul className="list-disc space-y-1 pl-5">
                  {track.reasons.map((reason, index) => (
                    <li key={index}>{reason[lang]}</li>
                  ))}
                </ul>
                <div>
                  <h4 className="mb-1 text-xs font-semibold text-muted-foreground">{t("section.basis")}</h4>
                  {track.basis.length ? (
                    <ul className="space-y-2">
                      {track.basis.map((ref) => (
                        <RuleRefLine key={`${ref.ruleId}@${ref.version}`} reference={ref} rule={ruleOf(ref.ruleId, ref.version)} lang={lang} />
                      ))}
                    </ul>
                  ) : (
                    <p className="text-muted-foreground">{t("section.noBasis")}</p>
                  )}
                </div>
                <ElementsTable elements={track.elements} lang={lang} />
              </div>
            </details>
          );
        })}
      </div>
    </>
  );
}

function Figure({ label, testId, children }: { label: string; testId: string; children: React.ReactNode }) {
  return (
    <div className="rounded-md border border-border p-3" data-testid={testId}>
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="mt-1 space-y-0.5">{children}</dd>
    </div>
  );
}

async function NotApplying({ id, assessment: a }: { id: LegalTrack; assessment: DisputeLegalAssessment }) {
  const t = await getTranslations("legal");
  return (
    <div className="flex flex-wrap items-start gap-2 rounded-md border border-dashed border-border px-3 py-2 text-muted-foreground" data-testid="legal-track" data-track={id} data-applies="false">
      <Badge tone="slate">{t("section.doesNotApply")}</Badge>
      <span className="font-medium">{t(`track.${id}`)}</span>
      <span className="basis-full text-xs">
        {t(`section.notApplying.${id}`, { amount: formatFen(a.buyer.countedFen), threshold: formatFen(a.thresholds.relativelyLargeFen) })}
      </span>
    </div>
  );
}

async function ElementsTable({ elements, lang }: { elements: ElementAssessment[]; lang: "zh" | "en" }) {
  const t = await getTranslations("legal.section");
  return (
    <div>
      <h4 className="mb-1 text-xs font-semibold text-muted-foreground">{t("elements")}</h4>
      <ul className="divide-y divide-border rounded-md border border-border">
        {elements.map((element) => (
          <li key={element.id} className="grid gap-1 px-3 py-2 sm:grid-cols-[14rem_minmax(0,1fr)]" data-testid="legal-element" data-element={element.id} data-status={element.status}>
            <div className="space-y-1">
              <p className="font-medium">{element.label[lang]}</p>
              <Badge tone={STATUS_TONE[element.status]}>{t(`status.${element.status}`)}</Badge>
            </div>
            <div className="space-y-1">
              {element.supportedBy.map((support, index) => (
                <p key={index}>
                  <span className="text-xs text-muted-foreground">[{t(`weight.${support.weight}`)}]</span> {support.explanation[lang]}
                </p>
              ))}
              {element.status !== "supported" ? (
                <p className="text-muted-foreground">
                  {t("needed", { what: element.needed[lang] })}
                </p>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
