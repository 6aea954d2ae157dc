import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { ApiKeysCard } from "@/components/settings/api-keys-card";
import { InvitationsCard } from "@/components/settings/invitations-card";
import { LegalThresholdsCard } from "@/components/settings/legal-thresholds-card";
import { TimestampCard } from "@/components/settings/timestamp-card";
import { getTimestampSettings } from "@/lib/timestamps/get-timestamp-settings";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { hasPermission } from "@/lib/auth/assert-permission";
import { getProvinceThresholds } from "@/lib/legal/get-province-thresholds";
import { InviteMemberForm } from "@/components/settings/invite-member-form";
import { MembersCard } from "@/components/settings/members-card";
import { MerchantCard } from "@/components/settings/merchant-card";
import { StoresCard } from "@/components/settings/stores-card";
import { Alert } from "@/components/ui/alert";
import { requirePageSession } from "@/lib/auth/require-page-session";
import { getSettingsOverview } from "@/lib/members/get-settings-overview";
import { requestOrigin } from "@/lib/members/invitation-link";
import {
  cancelInvitationAction,
  changeMemberRoleAction,
  createApiKeyAction,
  createStoreAction,
  inviteMemberAction,
  removeMemberAction,
  revokeApiKeyAction,
  updateProvinceThresholdsAction,
  updateTsaUrlAction,
} from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage() {
  const requestHeaders = await headers();
  const ctx = await requirePageSession();
  const overview = await getSettingsOverview(ctx);
  const t = await getTranslations("settings");

  return (
    <div className="mx-auto max-w-6xl space-y-6">
      <div>
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-muted-foreground">{t("subtitle")}</p>
      </div>
      {overview.can.manageMembers ? null : <Alert tone="info">{t("readOnly")}</Alert>}
      <div className="grid gap-6 lg:grid-cols-3">
        <MerchantCard merchant={overview.merchant} role={ctx.role} memberCount={overview.members.length} />
        <div className="lg:col-span-2">
          <StoresCard stores={overview.stores} createAction={overview.can.manageStores ? createStoreAction : null} />
        </div>
      </div>
      <LegalThresholdsCard values={await getProvinceThresholds(ctx)} action={hasPermission(ctx, { settings: ["update"] }) ? updateProvinceThresholdsAction : null} />
      <TimestampCard settings={await getTimestampSettings(ctx)} action={hasPermission(ctx, { settings: ["update"] }) ? updateTsaUrlAction : null} />
      <MembersCard
        members={overview.members}
        assignableRoles={overview.assignableRoles}
        canManage={overview.can.manageMembers}
        changeRoleAction={changeMemberRoleAction}
        removeAction={removeMemberAction}
      />
      {overview.invitations ? (
        <InvitationsCard invitations={overview.invitations} origin={requestOrigin(requestHeaders)} cancelAction={cancelInvitationAction}>
          <InviteMemberForm roles={overview.invitableRoles} action={inviteMemberAction} />
        </InvitationsCard>
      ) : null}
      {hasPermission(ctx, { settings: ["update"] }) ? <ApiKeysCard keys={await listApiKeys(ctx)} createAction={createApiKeyAction} revokeAction={revokeApiKeyAction} /> : null}
    </div>
  );
}
