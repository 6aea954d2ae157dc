import { pathToFileURL } from "node:url";
import { FINDING_TYPES } from "@/lib/forensics/finding-schema";
import type { CaseEvidence, CaseFileData } from "./load-case-file-data";

export function imageUrl(path: string): string {
  return pathToFileURL(path).href;
}

/** The finding type as a message key; a type added later falls back to "other" instead of a missing key. */
export function knownType(type: string): string {
  return (FINDING_TYPES as readonly string[]).includes(type) ? type : "other";
}

/** Buyer photos that have findings, each with the reference photo its findings compare it with. */
export function groupFindingEvidence(data: CaseFileData) {
  const groups: { evidence: CaseEvidence; reference: CaseEvidence | null; findings: CaseFileData["findings"] }[] = [];
  for (const finding of data.findings) {
    let group = groups.find((g) => g.evidence.id === finding.evidenceId);
    if (!group) {
      const evidence = data.evidence.find((e) => e.id === finding.evidenceId);
      if (!evidence) continue;
      group = { evidence, reference: null, findings: [] };
      groups.push(group);
    }
    group.findings.push(finding);
    if (!group.reference && finding.referenceEvidenceId) {
      group.reference = data.evidence.find((e) => e.id === finding.referenceEvidenceId) ?? null;
    }
  }
  return groups;
}
