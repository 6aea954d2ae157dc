"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils/cn";

/**
 * A photo with a second picture laid over it, switched by a toggle button (aria-pressed,
 * so keyboards and screen readers get the state). Both pictures share one box, so the
 * overlay lines up with the photo underneath.
 */
export function PictureToggle({
  base,
  overlay,
  label,
  testId,
}: {
  base: { src: string; alt: string };
  /** `box`: where the overlay sits on the base picture, in percent (the overlay may cover only the photo's content). */
  overlay: { src: string; alt: string; testId: string; box?: { left: number; top: number; width: number; height: number } };
  label: string;
  testId: string;
}) {
  const [on, setOn] = useState(false);
  return (
    <figure className="space-y-2" data-testid={testId}>
      <div className="relative overflow-hidden rounded-md border border-border bg-muted">
        {/* eslint-disable-next-line @next/next/no-img-element -- tenant-checked API pictures, not optimisable static assets */}
        <img src={base.src} alt={base.alt} className="block h-auto w-full" />
        {/* eslint-disable-next-line @next/next/no-img-element -- see above */}
        <img
          src={overlay.src}
          alt={overlay.alt}
          aria-hidden={!on}
          data-testid={overlay.testId}
          data-visible={on ? "true" : "false"}
          style={overlay.box ? { left: `${overlay.box.left}%`, top: `${overlay.box.top}%`, width: `${overlay.box.width}%`, height: `${overlay.box.height}%` } : undefined}
          className={cn("absolute block object-fill transition-opacity", !overlay.box && "inset-0 size-full", on ? "opacity-100" : "opacity-0")}
        />
      </div>
      <Button type="button" variant="outline" size="sm" aria-pressed={on} onClick={() => setOn((v) => !v)} data-testid={`${testId}-toggle`}>
        {label}
      </Button>
    </figure>
  );
}
