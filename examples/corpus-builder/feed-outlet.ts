/**
 * A sample outlet for news sentences. The names say what the texts are, so that no reader takes
 * them for a real outlet, and the addresses are under `.example`, which never resolves.
 */
export interface FeedOutlet {
  readonly title: string;
  readonly siteLink: string;
  readonly description: string;
}

export function sampleOutlet(number: number): FeedOutlet {
  return {
    title: `RuSentNE sample feed ${number}`,
    siteLink: `https://rusentne-sample-feed-${number}.example/`,
    description:
      'Sentences from Russian-language news in the RuSentNE corpus (MIT licence), packed as a feed ' +
      'for the tyndau demo; publication times are assigned by the demo corpus builder.',
  };
}

export function itemLink(outlet: FeedOutlet, id: string): string {
  return `${outlet.siteLink}items/${id}`;
}
