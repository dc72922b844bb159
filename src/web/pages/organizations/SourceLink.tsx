/**
 * A source as written by an editor: a web address becomes a link (http and https only, so a
 * `javascript:` text can never be one), a UN symbol links to the UN's document resolver. The text
 * is shown as text (React escapes it).
 */
export function SourceLink({ source }: { source: string }) {
  if (/^https?:\/\//i.test(source))
    return (
      <a href={source} rel="noopener noreferrer nofollow" target="_blank" data-testid="source-link">
        {source}
      </a>
    );
  return (
    <a
      href={`https://undocs.org/${encodeURIComponent(source).replace(/%2F/g, '/')}`}
      rel="noopener noreferrer nofollow"
      target="_blank"
      data-testid="source-link"
    >
      {source}
    </a>
  );
}
