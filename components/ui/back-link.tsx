import { ChevronLeft } from "lucide-react";
import Link from "next/link";

/** The "back to …" link above a detail page's title. */
export function BackLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
      <ChevronLeft className="size-4" aria-hidden />
      {children}
    </Link>
  );
}
