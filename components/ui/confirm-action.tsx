"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * A destructive action that asks for a second click: the trigger button turns into a small
 * form with the question, a confirm button (focused) and a way back. `fields` go along as
 * hidden inputs. Test ids: `testId` on the trigger, `${testId}-confirm` on the confirm button.
 */
export function ConfirmAction({
  action,
  fields,
  pending,
  label,
  ariaLabel,
  question,
  confirmLabel,
  keepLabel,
  testId,
}: {
  action: (data: FormData) => void;
  fields: Record<string, string>;
  pending: boolean;
  label: string;
  ariaLabel?: string;
  question: string;
  confirmLabel: string;
  keepLabel: string;
  testId: string;
}) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <Button type="button" size="sm" variant="ghost" className="text-destructive" onClick={() => setConfirming(true)} aria-label={ariaLabel} data-testid={testId}>
        {label}
      </Button>
    );
  }
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <span className="text-xs text-muted-foreground">{question}</span>
      <Button type="submit" size="sm" variant="destructive" disabled={pending} autoFocus data-testid={`${testId}-confirm`}>
        {confirmLabel}
      </Button>
      <Button type="button" size="sm" variant="ghost" onClick={() => setConfirming(false)}>
        {keepLabel}
      </Button>
    </form>
  );
}
