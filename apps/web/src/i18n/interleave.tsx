// A message with elements inside it ("Select text and press {{key}} to comment."): the
// message keeps the words in one piece for translators, the component supplies the elements.
import { Fragment, type ReactNode } from 'react';

export function interleave(message: string, elements: Record<string, ReactNode>): ReactNode {
  const parts = message.split(/\{\{(\w+)\}\}/);
  return parts.map((part, index) =>
    index % 2 === 1 ? <Fragment key={index}>{elements[part] ?? `{{${part}}}`}</Fragment> : part,
  );
}
