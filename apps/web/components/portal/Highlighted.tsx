/** A name with the stretches the search matched in <mark> (ranges in characters, as the API gives them). */
export function Highlighted({
  text,
  ranges,
}: {
  text: string;
  ranges: readonly { start: number; length: number }[];
}) {
  const chars = [...text];
  const marked = new Set<number>();
  for (const range of ranges) for (let i = range.start; i < range.start + range.length; i += 1) marked.add(i);
  const parts: { text: string; mark: boolean }[] = [];
  chars.forEach((char, index) => {
    const mark = marked.has(index);
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += char;
    else parts.push({ text: char, mark });
  });
  return (
    <>
      {parts.map((part, index) =>
        part.mark ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}
