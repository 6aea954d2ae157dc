import { cva, type VariantProps } from "class-variance-authority";
import * as React from "react";
import { cn } from "@/lib/utils/cn";

const badgeVariants = cva("inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap", {
  variants: {
    tone: {
      neutral: "bg-muted text-foreground",
      blue: "bg-blue-100 text-blue-800",
      amber: "bg-amber-100 text-amber-900",
      green: "bg-emerald-100 text-emerald-800",
      red: "bg-red-100 text-red-800",
      violet: "bg-violet-100 text-violet-800",
      slate: "bg-slate-200 text-slate-700",
    },
  },
  defaultVariants: { tone: "neutral" },
});

export function Badge({ className, tone, ...props }: React.ComponentProps<"span"> & VariantProps<typeof badgeVariants>) {
  return <span className={cn(badgeVariants({ tone }), className)} {...props} />;
}
