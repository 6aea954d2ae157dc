import type { LucideIcon } from "lucide-react";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { cn } from "@/lib/utils/cn";

const TONES = {
  neutral: "text-foreground",
  amber: "text-amber-700",
  red: "text-red-700",
  green: "text-emerald-700",
};

/** One key figure; when it has a list behind it, the whole card links there. */
export function StatCard({
  icon: Icon,
  label,
  value,
  hint,
  tone = "neutral",
  href,
  testId,
}: {
  icon: LucideIcon;
  label: string;
  value: string;
  hint: string;
  tone?: keyof typeof TONES;
  href?: string;
  testId: string;
}) {
  const body = (
    <Card className={cn("h-full p-4", href && "transition-colors hover:border-primary/40 hover:bg-muted/30")}>
      <div className="flex items-center justify-between gap-2 text-xs font-medium text-muted-foreground">
        <span>{label}</span>
        <Icon className={cn("size-4", tone === "neutral" ? "text-muted-foreground" : TONES[tone])} aria-hidden />
      </div>
      <p className={cn("mt-2 text-2xl font-semibold tracking-tight tabular-nums", TONES[tone])} data-testid={testId}>
        {value}
      </p>
      <p className="mt-1 text-xs text-muted-foreground">{hint}</p>
    </Card>
  );
  return href ? (
    <Link href={href} className="block rounded-lg">
      {body}
    </Link>
  ) : (
    body
  );
}
