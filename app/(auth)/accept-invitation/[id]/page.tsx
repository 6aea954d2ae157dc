import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { AcceptInvitationForm } from "@/components/invitations/accept-invitation-form";
import { InvitationProblem } from "@/components/invitations/invitation-problem";
import { InvitationSummary } from "@/components/invitations/invitation-summary";
import { InviteeSignUpForm } from "@/components/invitations/invitee-sign-up-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { getInvitationForAcceptance } from "@/lib/members/get-invitation-for-acceptance";
import { invitationPath } from "@/lib/members/invitation-link";
import { acceptInvitationAction, signOutToInvitationAction, signUpInviteeAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("acceptInvitationTitle") };
}

export default async function AcceptInvitationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const acceptance = await getInvitationForAcceptance(id, await headers());
  const t = await getTranslations("auth");

  if (!("invitation" in acceptance)) {
    return (
      <div className="w-full max-w-sm">
        <InvitationProblem problem={acceptance.status} />
      </div>
    );
  }
  const { invitation } = acceptance;
  return (
    <div className="w-full max-w-sm space-y-5" data-testid="invitation-status" data-status={acceptance.status}>
      {acceptance.status === "signedOut" ? (
        <>
          <InvitationSummary invitation={invitation} title={t("joinSignUpTitle", { organization: invitation.organizationName })} />
          <InviteeSignUpForm
            email={invitation.email}
            signInHref={`/sign-in?next=${encodeURIComponent(invitationPath(id))}`}
            action={signUpInviteeAction.bind(null, id)}
          />
        </>
      ) : acceptance.status === "wrongEmail" ? (
        <>
          <InvitationSummary invitation={invitation} title={t("acceptInvitationTitle")} />
          <Alert tone="warning">
            {t("invitationWrongEmail", { email: invitation.email })} {t("signedInAs", { email: acceptance.signedInEmail })}
          </Alert>
          <form action={signOutToInvitationAction.bind(null, id)}>
            <Button type="submit" variant="outline" className="w-full">
              {t("signOutToSwitch")}
            </Button>
          </form>
        </>
      ) : (
        <>
          <InvitationSummary invitation={invitation} title={t("acceptInvitationTitle")} />
          <AcceptInvitationForm signedInEmail={invitation.email} action={acceptInvitationAction.bind(null, id)} />
        </>
      )}
    </div>
  );
}
