import * as React from "react";
import { cn } from "@/lib/utils/cn";

export function Alert({ tone = "error", className, ...props }: React.ComponentProps<"div"> & { tone?: "error" | "info" | "success" | "warning" }) {
  const tones = {
    error: "border-red-200 bg-red-50 text-red-900",
    info: "border-blue-200 bg-blue-50 text-blue-900",
    success: "border-emerald-200 bg-emerald-50 text-emerald-900",
    warning: "border-amber-200 bg-amber-50 text-amber-900",
  };
  return <div role={tone === "error" ? "alert" : "status"} className={cn("rounded-md border px-3 py-2 text-sm", tones[tone], className)} {...props} />;
}
