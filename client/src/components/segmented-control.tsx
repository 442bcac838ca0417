import { For } from 'solid-js';

export interface SegmentOption<T extends string> {
  value: T;
  label: string;
}

/** A small set of mutually exclusive choices shown as one pill of buttons. */
export function SegmentedControl<T extends string>(props: {
  label: string;
  value: T;
  options: SegmentOption<T>[];
  onChange: (value: T) => void;
}) {
  return (
    <div class="segmented" role="group" aria-label={props.label}>
      <For each={props.options}>
        {(option) => (
          <button
            type="button"
            class="segmented__option"
            aria-pressed={props.value === option.value}
            onClick={() => props.onChange(option.value)}
          >
            {option.label}
          </button>
        )}
      </For>
    </div>
  );
}
