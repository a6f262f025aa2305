// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { PasteBox } from './PasteBox';
import { click, render, typeInto, type Rendered } from './testing/render';

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

describe('PasteBox', () => {
  it('hands the pasted text to onExplain; Explain is off while the box is empty', async () => {
    const onExplain = vi.fn();
    view = await render(<PasteBox onExplain={onExplain} />);
    const button = view.container.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    expect(button.disabled).toBe(true);
    await typeInto(view.container.querySelector('textarea'), '535 5.7.8 Username and Password not accepted');
    expect(button.disabled).toBe(false);
    await click(button);
    expect(onExplain).toHaveBeenCalledWith('535 5.7.8 Username and Password not accepted');
  });

  it('submits with Ctrl+Enter and labels the text box', async () => {
    const onExplain = vi.fn();
    view = await render(<PasteBox onExplain={onExplain} />);
    const textarea = view.container.querySelector('textarea')!;
    expect(view.container.querySelector(`label[for="${textarea.id}"]`)).not.toBeNull();
    await typeInto(textarea, 'Connection timed out');
    await act(async () => {
      textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    });
    expect(onExplain).toHaveBeenCalledWith('Connection timed out');
  });
});
