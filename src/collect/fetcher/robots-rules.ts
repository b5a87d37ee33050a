import robotsParserModule from 'robots-parser';

type ParseRobots = typeof robotsParserModule.default;

// robots-parser is CommonJS with types written as if it were an ES module: under Node the default
// import is the function itself, under some bundlers it sits on `.default`.
const robotsParser: ParseRobots =
  typeof robotsParserModule === 'function'
    ? (robotsParserModule as unknown as ParseRobots)
    : robotsParserModule.default;

/** The product token matched against robots.txt groups. */
export const ROBOTS_AGENT = 'tyndau';

/** What a host's robots.txt says about tyndau, or a stand-in when it could not be read. */
export interface RobotsRules {
  isAllowed(url: string): boolean;
  /** Seconds between requests the host asks for, if any. */
  crawlDelaySeconds(): number | undefined;
  /** Why everything is refused, when robots.txt could not be read; undefined otherwise. */
  readonly unavailable?: string;
}

export function parseRobots(robotsUrl: string, text: string): RobotsRules {
  const robot = robotsParser(robotsUrl, text);
  return {
    // A URL robots-parser cannot place (another host) is not covered by these rules.
    isAllowed: (url) => robot.isAllowed(url, ROBOTS_AGENT) ?? true,
    crawlDelaySeconds: () => robot.getCrawlDelay(ROBOTS_AGENT),
  };
}

/** No robots.txt (404, 410 and other 4xx but 429): everything may be fetched. */
export const ALLOW_ALL: RobotsRules = Object.freeze({
  isAllowed: () => true,
  crawlDelaySeconds: () => undefined,
});

/**
 * robots.txt exists but could not be read (5xx, 429, time-out): the polite reading is that nothing
 * may be fetched until it can be.
 */
export function disallowAll(reason: string): RobotsRules {
  return { isAllowed: () => false, crawlDelaySeconds: () => undefined, unavailable: reason };
}
