/**
 * Builds elements. Text always goes in through text nodes, never as markup: post text, outlet
 * names and URLs are scraped and attacker-controlled. There is no innerHTML in the dashboard.
 */
type Child = Node | string | number | null | undefined | false;

export interface Attributes {
  readonly class?: string;
  readonly [name: string]: string | number | boolean | undefined | ((event: Event) => void);
}

export function h(tag: string, attributes: Attributes = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else if (name === 'href') element.setAttribute(name, safeHref(String(value)));
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Links only to http(s) or to the dashboard's own pages; anything else becomes inert. */
export function safeHref(url: string): string {
  if (url.startsWith('#/') || url.startsWith('/api/')) return url;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : '#';
  } catch {
    return '#';
  }
}

export function clear(element: HTMLElement): void {
  element.replaceChildren();
}
