/**
 * Hostile and boundary input for every operation of the OpenAPI document, generated from its
 * parameters, so a route added to the document is probed without writing a test for it.
 * Values are written as they appear on the wire (already percent-encoded where it matters), so
 * malformed encodings reach the server as a client would send them.
 */

export interface OpenApiParameter {
  name: string;
  in: 'query' | 'path';
  required?: boolean;
  schema: { type: string; enum?: readonly string[]; minimum?: number; maximum?: number };
}

export interface ProbeRequest {
  method: 'GET' | 'POST' | 'DELETE' | 'PUT' | 'HEAD' | 'OPTIONS';
  url: string;
  /** raw body and its content type (POST only) */
  payload?: string;
  contentType?: string;
  /** what the probe is, for a failure message */
  label: string;
}

/** A value the route accepts for a parameter that must be present (path or required query). */
function validValue(p: OpenApiParameter): string {
  if (p.schema.enum) return p.schema.enum[0]!;
  if (p.schema.type === 'integer' || p.schema.type === 'number') return '1';
  if (p.schema.type === 'boolean') return 'true';
  if (/^(state|sur|target|with|from)$/.test(p.name)) return 'CHN';
  if (p.name === 'symbol') return 'A/HRC/RES/93/4';
  return 'rights';
}

const LONG = 'x'.repeat(5000);

/** Strings an attacker, a fuzzer or a careless script sends: encoding, SQL, LIKE, XSS, size. */
export const STRING_INPUTS: readonly string[] = [
  '',
  '%00',
  'a%00b',
  '%25',
  '%25%25',
  '_',
  '%5C',
  '%5C%25',
  '!',
  "'",
  "'%20OR%20'1'%3D'1",
  '1%3B%20DROP%20TABLE%20sourceDocuments%3B%20--',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  '..%2F..%2F..%2Fetc%2Fpasswd',
  '%E2%80%A8',
  '%ED%A0%80',
  '%FF%FE',
  '%F0%9F%98%80',
  '%E4%B8%AD%E5%9B%BD',
  '%',
  '%zz',
  LONG,
];

/** Numbers at and past what a 32-bit column, a JS number and the grammar hold. */
export const INTEGER_INPUTS: readonly string[] = [
  '0',
  '-1',
  '1',
  '2147483647',
  '2147483648',
  '-2147483648',
  '-2147483649',
  '4294967296',
  '9007199254740993',
  '1e309',
  '-1e309',
  '1e3',
  '1.5',
  '0x10',
  'NaN',
  'Infinity',
  '%201',
  '1'.repeat(400),
  'abc',
  '%00',
  '1%00',
  '',
];

const BOOLEAN_INPUTS = ['true', 'false', '1', '0', 'TRUE', 'maybe', '', '%00'];

function inputsFor(p: OpenApiParameter): string[] {
  const t = p.schema.type;
  const own =
    t === 'integer' || t === 'number'
      ? INTEGER_INPUTS
      : t === 'boolean'
        ? BOOLEAN_INPUTS
        : p.schema.enum
          ? [p.schema.enum[0]!, `${p.schema.enum[0]!.toUpperCase()}x`, 'nope']
          : [];
  // every parameter also gets the string attacks: a typed parameter is still text on the wire
  return [...new Set([...own, ...STRING_INPUTS])];
}

/** Fills a path template's {params} with valid values, except `override` for one of them. */
function fillPath(template: string, params: OpenApiParameter[], override?: [string, string]) {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (override && override[0] === name) return override[1];
    const p = params.find((x) => x.name === name);
    return p ? validValue(p) : '1';
  });
}

function requiredQuery(params: OpenApiParameter[], except?: string): string[] {
  return params
    .filter((p) => p.in === 'query' && p.required && p.name !== except)
    .map((p) => `${p.name}=${encodeURIComponent(validValue(p))}`);
}

const withQuery = (url: string, parts: string[]) =>
  parts.length ? `${url}?${parts.join('&')}` : url;

/** Every probe of one GET operation. */
export function getProbes(template: string, params: OpenApiParameter[]): ProbeRequest[] {
  const out: ProbeRequest[] = [];
  const base = fillPath(template, params);
  out.push({ method: 'GET', url: withQuery(base, requiredQuery(params)), label: 'valid' });
  // an unknown parameter is ignored, a documented route refuses other methods
  out.push({
    method: 'GET',
    url: withQuery(base, [...requiredQuery(params), 'unknownParam=%3Cscript%3E']),
    label: 'unknown parameter',
  });
  out.push({ method: 'DELETE', url: base, label: 'DELETE' });
  out.push({ method: 'HEAD', url: withQuery(base, requiredQuery(params)), label: 'HEAD' });
  out.push({ method: 'OPTIONS', url: base, label: 'OPTIONS' });
  // a body on a GET: parsed or ignored, never a 500
  out.push({
    method: 'GET',
    url: withQuery(base, requiredQuery(params)),
    payload: '{"broken": ',
    contentType: 'application/json',
    label: 'GET with a malformed JSON body',
  });
  for (const p of params) {
    for (const value of inputsFor(p)) {
      const label = `${p.in} ${p.name}=${value.slice(0, 40)}`;
      if (p.in === 'path') {
        out.push({
          method: 'GET',
          url: withQuery(fillPath(template, params, [p.name, value]), requiredQuery(params)),
          label,
        });
      } else {
        out.push({
          method: 'GET',
          url: withQuery(base, [...requiredQuery(params, p.name), `${p.name}=${value}`]),
          label,
        });
      }
    }
    if (p.in === 'query') {
      const v = encodeURIComponent(validValue(p));
      for (const shape of [
        `${p.name}=${v}&${p.name}=${v}`,
        `${p.name}[]=${v}`,
        `${p.name}[a]=${v}`,
      ]) {
        out.push({
          method: 'GET',
          url: withQuery(base, [...requiredQuery(params, p.name), shape]),
          label: `query ${shape}`,
        });
      }
    }
  }
  // lists: comma-separated ids past any sensible length
  for (const p of params.filter((x) => x.in === 'query' && x.name === 'ids')) {
    for (const ids of [manyIds(50_000), manyIds(3, 2 ** 31), '1,,2', '1,-2', ',', '1,a']) {
      out.push({
        method: 'GET',
        url: withQuery(base, [...requiredQuery(params, p.name), `ids=${ids}`]),
        label: `ids list of ${ids.length} chars`,
      });
    }
  }
  return out;
}

export function manyIds(n: number, start = 1): string {
  return Array.from({ length: n }, (_, i) => start + i).join(',');
}

type PostBody = Omit<ProbeRequest, 'url'>;
let postBodies: readonly PostBody[] | undefined;

/** Every probe of one POST operation with a JSON body. */
export function postProbes(url: string): ProbeRequest[] {
  // the same bodies for every operation: made once (the large ones are megabytes of JSON)
  postBodies ??= makePostBodies();
  return postBodies.map((body) => ({ ...body, url }));
}

function makePostBodies(): PostBody[] {
  const json = (value: unknown, label: string): PostBody => ({
    method: 'POST',
    payload: JSON.stringify(value),
    contentType: 'application/json',
    label,
  });
  const raw = (payload: string, contentType: string | undefined, label: string): PostBody => ({
    method: 'POST',
    payload,
    contentType,
    label,
  });
  const range = (n: number, start = 1) => Array.from({ length: n }, (_, i) => start + i);
  return [
    json({ ids: [1] }, 'valid'),
    json({ ids: [1, 1, 1] }, 'repeated id'),
    json({}, 'no ids'),
    json({ ids: [] }, 'empty ids'),
    json({ ids: [0] }, 'id 0'),
    json({ ids: [-1] }, 'negative id'),
    json({ ids: [2 ** 31 - 1] }, 'id 2^31-1'),
    json({ ids: [2 ** 31] }, 'id 2^31'),
    json({ ids: [2 ** 53 + 2] }, 'id past 2^53'),
    json({ ids: [1.5] }, 'fractional id'),
    json({ ids: ['1'] }, 'string id'),
    json({ ids: [null] }, 'null id'),
    json({ ids: [{}] }, 'object id'),
    json({ ids: '1,2' }, 'ids as a string'),
    json({ ids: ['a\u0000b'] }, 'NUL in an id'),
    json({ ids: range(50_000) }, '50,000 ids'),
    json({ ids: range(32_765) }, '32,765 ids'),
    json({ ids: range(70_000) }, '70,000 ids'),
    json({ ids: range(50_000, 2 ** 31 - 50_000) }, '50,000 ids near 2^31'),
    json({ ids: [1], page: 0 }, 'page 0'),
    json({ ids: [1], page: 2 ** 31 }, 'page 2^31'),
    json({ ids: [1], page: 1e300 }, 'page 1e300'),
    json({ ids: [1], pageSize: 501 }, 'pageSize 501'),
    json({ ids: [1], pageSize: '50' }, 'pageSize as a string'),
    json(null, 'null body'),
    json([], 'array body'),
    json('ids', 'string body'),
    json(1, 'number body'),
    raw('{"ids":[1]', 'application/json', 'truncated JSON'),
    raw('{"ids":[<script>alert(1)</script>]}', 'application/json', 'XSS in bad JSON'),
    raw('', 'application/json', 'empty JSON body'),
    raw('{"__proto__":{"ids":[1]}}', 'application/json', '__proto__ key'),
    raw('{"constructor":{"prototype":{"x":1}},"ids":[1]}', 'application/json', 'constructor key'),
    raw('ids=1,2', 'application/x-www-form-urlencoded', 'form body'),
    raw('{"ids":[1]}', 'text/plain', 'text/plain body'),
    raw('{"ids":[1]}', 'application/json; charset=latin1', 'latin1 JSON'),
    raw('{"ids":[1]}', 'application/xml', 'xml content type'),
    raw('{"ids":[1]}', undefined, 'no content type'),
    raw(`{"ids":[${'1,'.repeat(600_000)}1]}`, 'application/json', 'body past the size limit'),
  ];
}
