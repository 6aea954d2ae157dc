import { CircleX } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { InvitationProblem as Problem } from "@/lib/members/open-invitation";

const MESSAGES = { invalid: "invitationInvalid", expired: "invitationExpired", used: "invitationUsed" } as const;

export function InvitationProblem({ problem }: { problem: Problem }) {
  const t = useTranslations("auth");
  return (
    <div className="space-y-4 text-center" data-testid="invitation-status" data-status={problem}>
      <CircleX className="mx-auto size-10 text-muted-foreground" aria-hidden />
      <h1 className="text-xl font-semibold">{t("acceptInvitationTitle")}</h1>
      <p role="alert" className="text-sm text-muted-foreground">
        {t(MESSAGES[problem])}
      </p>
      <Link className="text-sm text-primary underline" href="/sign-in">
        {t("signIn")}
      </Link>
    </div>
  );
}
