import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { DisputeStatus } from "@/lib/db/generated/enums";
import type { FormState } from "@/lib/http/form-state";
import { DisputeStatusControl } from "./dispute-status-control";

/**
 * The status step for this caller: the control with the statuses they may choose, or
 * why there is none (closed for good, or the next step needs a reviewer).
 */
export async function DisputeStatusCard({
  status,
  options,
  reviewGated,
  recoveryStatuses,
  action,
}: {
  status: DisputeStatus;
  options: DisputeStatus[];
  /** True when a step from here needs a review this caller cannot give. */
  reviewGated: boolean;
  recoveryStatuses: DisputeStatus[];
  action: (prev: FormState, data: FormData) => Promise<FormState>;
}) {
  const t = await getTranslations("disputes.statusControl");
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-3">
        {options.length ? (
          <DisputeStatusControl key={status} action={action} options={options} recoveryStatuses={recoveryStatuses} />
        ) : (
          <p className="text-sm text-muted-foreground">{status === "CLOSED" ? t("final") : t("noneForRole")}</p>
        )}
        {reviewGated && options.length ? <p className="text-xs text-muted-foreground">{t("reviewGate")}</p> : null}
      </CardContent>
    </Card>
  );
}
