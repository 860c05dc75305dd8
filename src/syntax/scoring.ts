/** Attachment and tagging scores on gold tokens, as the CoNLL 2018 evaluation counts them (punctuation included). */

export interface GoldAndPredicted {
  readonly goldHeads: readonly number[];
  readonly goldLabels: readonly string[];
  readonly heads: readonly number[];
  readonly labels: readonly string[];
}

export interface AttachmentTally {
  words: number;
  unlabelled: number;
  labelled: number;
}

export function universalLabel(label: string): string {
  const colon = label.indexOf(":");
  return colon < 0 ? label : label.slice(0, colon);
}

export function tallyAttachment(sentence: GoldAndPredicted, tally: AttachmentTally): void {
  sentence.goldHeads.forEach((head, i) => {
    tally.words++;
    if (sentence.heads[i] !== head) return;
    tally.unlabelled++;
    if (universalLabel(sentence.labels[i] ?? "") === universalLabel(sentence.goldLabels[i] ?? "")) tally.labelled++;
  });
}
