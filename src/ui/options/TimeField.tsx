import { useState } from 'preact/hooks';
import { textToTime } from './date-time-text';

interface Props {
  value: string;
  onChange(value: string): void;
  testId?: string;
  invalidLabel: string;
}

/** A time of day as HH:mm, 24-hour in both languages (a `time` input would follow the browser's 12-hour clock). */
export function TimeField({ value, onChange, testId, invalidLabel }: Props) {
  const [text, setText] = useState(value);
  const valid = textToTime(text) !== null;
  return (
    <input
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder="22:00"
      size={5}
      maxLength={5}
      value={text}
      aria-invalid={!valid}
      title={valid ? undefined : invalidLabel}
      data-testid={testId}
      onInput={(e) => {
        const typed = (e.target as HTMLInputElement).value;
        setText(typed);
        const time = textToTime(typed);
        if (time !== null) onChange(time);
      }}
    />
  );
}
