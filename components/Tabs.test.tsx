// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { Tabs } from './Tabs';
import { click, render, type Rendered } from './testing/render';

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

const TABS = ['one', 'two', 'three'].map((id) => ({
  id,
  label: id.toUpperCase(),
  content: () => <p>panel {id}</p>,
}));

function key(target: Element, key: string) {
  return act(async () => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
}

describe('Tabs', () => {
  it('has one tab stop, moves with the arrow keys, and labels its panel', async () => {
    view = await render(<Tabs label="Apps" tabs={TABS} initial="two" />);
    const tabs = () => [...view!.container.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    expect(tabs().map((t) => t.tabIndex)).toEqual([-1, 0, -1]);
    const panel = view.container.querySelector('[role="tabpanel"]')!;
    expect(panel.textContent).toBe('panel two');
    expect(panel.getAttribute('aria-labelledby')).toBe(tabs()[1]!.id);

    await key(tabs()[1]!, 'ArrowRight');
    expect(tabs()[2]!.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tabs()[2]);
    await key(tabs()[2]!, 'ArrowRight');
    expect(view.container.querySelector('[role="tabpanel"]')?.textContent).toBe('panel one');
    await key(tabs()[0]!, 'End');
    expect(tabs()[2]!.getAttribute('aria-selected')).toBe('true');
    await click(tabs()[1]);
    expect(view.container.querySelector('[role="tabpanel"]')?.textContent).toBe('panel two');
  });
});
