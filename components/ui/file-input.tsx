"use client";
import { useTranslations } from "next-intl";
import * as React from "react";
import { cn } from "@/lib/utils/cn";

/**
 * A file picker whose button and "no file chosen" line are in the page's language: the
 * native control words them in the browser's own ("Choose Files" on a Chinese page). The
 * native input stays in the form, visually hidden but focusable, so the keyboard (Tab, then
 * Space), screen readers, the form's label and `setInputFiles` reach it as before; the
 * visible button is a second label for it. Clear it by remounting (a new `key`): setting
 * `value` would leave the chosen names shown.
 */
export function FileInput({ className, onChange, id, ...props }: Omit<React.ComponentProps<"input">, "type"> & { id: string }) {
  const t = useTranslations("common.filePicker");
  const [names, setNames] = React.useState<string[]>([]);
  const chosen = names.length === 0 ? t("none") : names.length === 1 ? names[0] : t("several", { count: names.length, names: names.join(t("separator")) });
  return (
    <div
      className={cn(
        "flex h-9 w-full items-center gap-3 rounded-md border border-border bg-card px-1.5 text-sm shadow-sm",
        "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-primary has-[:focus-visible]:outline-solid",
        "has-[:disabled]:opacity-50 has-[[aria-invalid=true]]:border-destructive",
        className,
      )}
    >
      <input
        {...props}
        id={id}
        type="file"
        className="sr-only"
        // Screen readers hear what is chosen with the control; the visible line is not its label.
        aria-describedby={[props["aria-describedby"], `${id}-chosen`].filter(Boolean).join(" ")}
        onChange={(event) => {
          setNames(Array.from(event.currentTarget.files ?? [], (file) => file.name));
          onChange?.(event);
        }}
      />
      <label htmlFor={id} aria-hidden className="shrink-0 cursor-pointer rounded bg-muted px-2 py-1 text-sm font-medium hover:bg-muted/70">
        {t(props.multiple ? "chooseSeveral" : "choose")}
      </label>
      <span id={`${id}-chosen`} className="min-w-0 truncate text-muted-foreground" title={names.join("\n") || undefined} data-testid="file-input-chosen">
        {chosen}
      </span>
    </div>
  );
}
