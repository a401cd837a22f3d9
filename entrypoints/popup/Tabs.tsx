import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabSpec<T extends string> {
  id: T;
  label: string;
  /** A count shown on the tab, with its accessible wording ("3 entities"). */
  badge?: { text: string; label: string };
}

interface TabsProps<T extends string> {
  label: string;
  tabs: readonly TabSpec<T>[];
  selected: T | null;
  onSelect: (id: T) => void;
  /** The selected section's content; the other panels stay empty until chosen. */
  children: ComponentChildren;
}

const tabId = (id: string) => `ecl-tab-${id}`;
const panelId = (id: string) => `ecl-panel-${id}`;

/**
 * Tabs as the ARIA pattern has them: one tab stop for the list, arrow keys (and Home,
 * End) to move between tabs, which selects them; every panel exists, labelled by its tab,
 * so `aria-controls` always points somewhere, but only the selected one is rendered.
 */
export function Tabs<T extends string>({ label, tabs, selected, onSelect, children }: TabsProps<T>) {
  const list = useRef<HTMLDivElement>(null);
  const move = (from: number, step: number | 'first' | 'last') => {
    const next = step === 'first' ? 0 : step === 'last' ? tabs.length - 1 : (from + step + tabs.length) % tabs.length;
    const tab = tabs[next];
    if (!tab) return;
    onSelect(tab.id);
    list.current?.querySelector<HTMLElement>(`#${tabId(tab.id)}`)?.focus();
  };
  const keys: Record<string, number | 'first' | 'last'> = { ArrowRight: 1, ArrowLeft: -1, Home: 'first', End: 'last' };
  return (
    <>
      <div class="ecl-tabs" role="tablist" aria-label={label} ref={list}>
        {tabs.map((tab, index) => {
          const isSelected = tab.id === selected;
          return (
            <button
              key={tab.id}
              type="button"
              role="tab"
              id={tabId(tab.id)}
              class="ecl-tab"
              data-tab={tab.id}
              aria-selected={isSelected}
              aria-controls={panelId(tab.id)}
              tabIndex={isSelected || (selected === null && index === 0) ? 0 : -1}
              onClick={() => onSelect(tab.id)}
              onKeyDown={(event) => {
                const step = keys[event.key];
                if (step === undefined) return;
                event.preventDefault();
                move(index, step);
              }}
            >
              {tab.label}
              {tab.badge && (
                <>
                  <span class="ecl-tab-badge" aria-hidden="true">
                    {tab.badge.text}
                  </span>
                  <span class="ecl-visually-hidden">, {tab.badge.label}</span>
                </>
              )}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          id={panelId(tab.id)}
          class="ecl-panel"
          role="tabpanel"
          aria-labelledby={tabId(tab.id)}
          tabIndex={0}
          hidden={tab.id !== selected}
        >
          {tab.id === selected && children}
        </div>
      ))}
    </>
  );
}
