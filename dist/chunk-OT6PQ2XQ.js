import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  readWhen,
  rubricSchema
} from "./chunk-AVTV7DUN.js";
import {
  file_unreadable_default,
  got,
  schema_default,
  yaml_syntax_default
} from "./chunk-4DZHB3IH.js";
import {
  packageFile
} from "./chunk-EB3Z5UZG.js";
import {
  formatPath
} from "./chunk-WXT25PZN.js";
import {
  compileRubric
} from "./chunk-5GKDKUH7.js";

// src/parse/yaml-package.ts
var loader;
var loaded;
function provideYaml(load) {
  loader = load;
  loaded = void 0;
}
function yamlPackage() {
  if (loaded) return loaded;
  if (!loader) throw new Error("the yaml package was not provided (provideYaml) before a text needed it");
  loaded = loader();
  return loaded;
}

// src/parse/yaml-hints.ts
var SPECIAL = "\xA0\u2000-\u200B\u202F\u205F\u3000\uFEFF";
var HAS_SPECIAL = new RegExp(`[${SPECIAL}]`);
var SPECIAL_FIRST = new RegExp(`^[ \\t]*[${SPECIAL}]`, "gm");
var lineStartOf = (text, offset) => text.lastIndexOf("\n", offset - 1) + 1;
function lineEndOf(text, offset) {
  const end = text.indexOf("\n", offset);
  return end < 0 ? text.length : end;
}
function specialSpace(text, doc, errorAt) {
  if (!HAS_SPECIAL.test(text)) return void 0;
  const keys = /* @__PURE__ */ new Set();
  const values = [];
  yamlPackage().visit(doc, {
    Scalar(key, node) {
      if (!node.range) return;
      if (key === "key") keys.add(node.range[0]);
      else values.push([node.range[0], node.range[1]]);
    }
  });
  const errorLineEnd = errorAt === void 0 ? -1 : lineEndOf(text, errorAt);
  for (const m of text.matchAll(SPECIAL_FIRST)) {
    const offset = m.index + m[0].length - 1;
    if (values.some(([start, end]) => start < offset && offset < end)) continue;
    if (keys.has(offset) || offset <= errorLineEnd) {
      return { code: "SPECIAL_SPACE", detail: `U+${text.charCodeAt(offset).toString(16).toUpperCase().padStart(4, "0")}`, offset };
    }
  }
  return void 0;
}
var KEY_VALUE = /^([ \t]*(?:-[ \t]+)*(?:"[^"\n]*"|'[^'\n]*'|[^\s#"'{}[\],&*!|>%@`-][^#\n]*?)[ \t]*:[ \t]+)(\S.*)$/;
var ITEM = /^([ \t]*(?:-[ \t]+)+)(\S.*)$/;
var INDICATORS = ["*", "@", "`", "%"];
var COMMENT = /[ \t]+#.*$/;
var quoted = (s) => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
function elide(s) {
  const chars = [...s];
  if (chars.length <= 80) return s;
  let head = chars.slice(0, 45).join("");
  let tail = chars.slice(-20).join("");
  if (head.lastIndexOf(" ") > 20) head = head.slice(0, head.lastIndexOf(" "));
  if (tail.indexOf(" ") >= 0 && tail.indexOf(" ") < 10) tail = tail.slice(tail.indexOf(" ") + 1);
  return `${head} \u2026 ${tail}`;
}
var indentOf = (line) => /^[ \t]*/.exec(line)[0].length;
function quoteValue(text, offset, firstError2) {
  const start = lineStartOf(text, offset);
  const line = text.slice(start, lineEndOf(text, offset)).replace(/\r$/, "");
  const keyed = KEY_VALUE.exec(line);
  const m = keyed ?? ITEM.exec(line);
  if (!m || /^[{[]/.test(m[2])) return flowValue(text, start, line, offset, firstError2);
  const prefix = m[1];
  let comment = COMMENT.exec(m[2]);
  const first = comment ? m[2].slice(0, comment.index) : m[2];
  if (/^["'|>]/.test(first)) return void 0;
  const detail = /:[ \t]/.test(first) || first.endsWith(":") ? "colon" : INDICATORS.find((c) => first.startsWith(c));
  if (detail === void 0) return void 0;
  const parts = [first.trimEnd()];
  let end = lineEndOf(text, offset);
  const keyIndent = keyed ? indentOf(prefix.replace(/-/g, " ")) : prefix.lastIndexOf("-");
  while (!comment && end < text.length) {
    const next = text.slice(end + 1, lineEndOf(text, end + 1)).replace(/\r$/, "");
    if (next.trim() === "" || next.trim().startsWith("#") || indentOf(next) <= keyIndent) break;
    comment = COMMENT.exec(next);
    parts.push((comment ? next.slice(0, comment.index) : next).trim());
    end = lineEndOf(text, end + 1);
  }
  const fixed = `${prefix}${quoted(parts.join(" "))}${comment ? comment[0] : ""}`;
  const after = firstError2(text.slice(0, start) + fixed + text.slice(end));
  if (after !== void 0 && after < start + fixed.length) return void 0;
  const lead = prefix.trimStart();
  return {
    code: "QUOTE_VALUE",
    detail,
    offset,
    shown: `${lead}${elide(first.trimEnd())}${parts.length > 1 ? " \u2026" : ""}`,
    fix: `${lead}${quoted(elide(parts.join(" ")))}`
  };
}
function flowValue(text, start, line, offset, firstError2) {
  const at2 = offset - start;
  if (!/[{[]/.test(line.slice(0, at2)) || !/:[ \t]+$/.test(line.slice(0, at2))) return void 0;
  const stop = line.slice(at2).search(/[,}\]]/);
  if (stop < 0) return void 0;
  const value = line.slice(at2, at2 + stop).trimEnd();
  const detail = /:[ \t]/.test(value) ? "colon" : INDICATORS.find((c) => value.startsWith(c));
  if (detail === void 0) return void 0;
  const fixed = `${line.slice(0, at2)}${quoted(value)}${line.slice(at2 + value.length)}`;
  const after = firstError2(text.slice(0, start) + fixed + text.slice(start + line.length));
  if (after !== void 0 && after < start + fixed.length) return void 0;
  return { code: "QUOTE_VALUE", detail, offset, shown: line.trim(), fix: fixed.trim() };
}
function badAlias(text, doc, firstError2) {
  const anchors = /* @__PURE__ */ new Map();
  const { isAlias, visit } = yamlPackage();
  let found;
  visit(doc, {
    Node(_key, node, path2) {
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        if (target === void 0 || path2.includes(target)) {
          found = { alias: node, recursive: target !== void 0 };
          return visit.BREAK;
        }
      } else if (node.anchor) anchors.set(node.anchor, node);
      return void 0;
    }
  });
  if (!found) return void 0;
  const { alias, recursive } = found;
  const offset = alias.range?.[0] ?? 0;
  if (recursive) return { code: "RECURSIVE_ALIAS", detail: alias.source, offset };
  const quote = quoteValue(text, offset, firstError2);
  return { code: "BAD_ALIAS", detail: alias.source, offset, ...quote && { fix: quote.fix } };
}

// src/parse/source.ts
var DEFAULT_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  maxDepth: 64,
  maxAliases: 100,
  maxItems: 1e4
};
var START = { line: 1, column: 1, endLine: 1, endColumn: 1 };
var decoders = /* @__PURE__ */ new Map();
function strictDecoder(encoding) {
  let decoder = decoders.get(encoding);
  if (!decoder) decoders.set(encoding, decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }));
  return decoder;
}
function decode(bytes) {
  let encoding = "utf-8";
  let offset = 0;
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) offset = 3;
  else if (bytes[0] === 255 && bytes[1] === 254) encoding = "utf-16le", offset = 2;
  else if (bytes[0] === 254 && bytes[1] === 255) encoding = "utf-16be", offset = 2;
  const body = bytes.subarray(offset);
  if (offset === 0 && body.length >= 4 && body[0] === 0 !== (body[1] === 0) && body[2] === 0 !== (body[3] === 0)) {
    return { rule: "file-unreadable", reason: "utf16" };
  }
  let text;
  try {
    text = strictDecoder(encoding).decode(body);
  } catch {
    const loose = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
    return { rule: "file-unreadable", reason: "encoding", at: positionOf(loose, loose.indexOf("\uFFFD")) };
  }
  const nul = text.indexOf("\0");
  if (nul >= 0) return { rule: "file-unreadable", reason: "binary", at: positionOf(text, nul) };
  return { text: text.replace(/\r(?!\n)/g, "\n") };
}
function positionOf(text, offset) {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split(/\r\n|\r|\n/).length;
  const column = offset - Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r"));
  return { line, column, endLine: line, endColumn: column + 1 };
}
function parseYaml(text, lines) {
  return yamlPackage().parseDocument(text, {
    version: "1.2",
    schema: "core",
    merge: false,
    uniqueKeys: true,
    prettyErrors: false,
    ...lines && { lineCounter: lines }
  });
}
function firstError(text) {
  const doc = parseYaml(text);
  return (doc.errors[0] ?? doc.warnings[0])?.pos[0];
}
var PRECISE = /* @__PURE__ */ new Set(["DUPLICATE_KEY", "MULTIPLE_DOCS", "TAB_AS_INDENT", "TAG_RESOLVE_FAILED"]);
function parse(text, limits = DEFAULT_LIMITS) {
  const lines = new (yamlPackage()).LineCounter();
  const doc = parseYaml(text, lines);
  const at2 = (offset) => {
    const start = lines.linePos(offset);
    return { line: start.line, column: start.col, endLine: start.line, endColumn: start.col };
  };
  const hinted = (hint2) => {
    const { offset, ...rest } = hint2;
    return { rule: "yaml-syntax", ...rest, at: at2(offset) };
  };
  const first = doc.errors[0] ?? doc.warnings[0];
  if (first?.code === "RESOURCE_EXHAUSTION") {
    return { rule: "limit-exceeded", limit: "maxDepth", max: limits.maxDepth, at: at2(first.pos[0]) };
  }
  const shape = checkShape(doc, limits, lines);
  if (first) {
    const errorAt = first.pos[0];
    const hint2 = "rule" in shape ? void 0 : specialSpace(text, doc, errorAt) ?? (PRECISE.has(first.code) ? void 0 : quoteValue(text, errorAt, firstError));
    if (hint2) return hinted(hint2);
    return { rule: "yaml-syntax", code: first.code, detail: first.message.split("\n")[0] ?? "", at: at2(errorAt) };
  }
  if ("rule" in shape) return shape;
  const hint = specialSpace(text, doc, void 0) ?? (shape.aliases > 0 ? badAlias(text, doc, firstError) : void 0);
  if (hint) return hinted(hint);
  let data;
  try {
    data = doc.toJS({ maxAliasCount: limits.maxAliases });
  } catch {
    return { rule: "limit-exceeded", limit: "maxAliases", max: limits.maxAliases, at: START };
  }
  return { text, doc, lines, data };
}
function checkShape(doc, limits, lines) {
  const { isAlias, isMap, isSeq, isPair, isNode } = yamlPackage();
  let aliases = 0;
  const stack = [{ node: doc.contents, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop();
    if (!isNode(node)) continue;
    const at2 = () => nodePosition(node, lines) ?? START;
    if (isAlias(node) && ++aliases > limits.maxAliases) {
      return { rule: "limit-exceeded", limit: "maxAliases", value: aliases, max: limits.maxAliases, at: at2() };
    }
    if (isMap(node) || isSeq(node)) {
      if (depth > limits.maxDepth) {
        return { rule: "limit-exceeded", limit: "maxDepth", value: depth, max: limits.maxDepth, at: at2() };
      }
      if (node.items.length > limits.maxItems) {
        return { rule: "limit-exceeded", limit: "maxItems", value: node.items.length, max: limits.maxItems, at: at2() };
      }
      for (const item of node.items) {
        if (isPair(item)) {
          stack.push({ node: item.key, depth: depth + 1 }, { node: item.value, depth: depth + 1 });
        } else stack.push({ node: item, depth: depth + 1 });
      }
    }
  }
  return { aliases };
}
function nodePosition(node, lines) {
  const range = node?.range;
  if (!range) return void 0;
  const start = lines.linePos(range[0]);
  const end = lines.linePos(Math.max(range[0], range[1]));
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}
function keyText(key) {
  if (yamlPackage().isScalar(key)) return String(key.value);
  return typeof key === "string" || typeof key === "number" ? String(key) : void 0;
}
function locate(source, path2, at2 = "value") {
  const { isMap, isSeq, isNode } = yamlPackage();
  let node = source.doc.contents;
  let lastKey;
  for (let i = 0; i < path2.length; i++) {
    const step = path2[i];
    let next;
    let pair;
    if (isMap(node)) {
      pair = node.items.find((p) => keyText(p.key) === String(step));
      next = pair?.value;
    } else if (isSeq(node) && typeof step === "number") {
      next = node.items[step];
    }
    if (pair === void 0 && next === void 0) break;
    const isLast = i === path2.length - 1;
    if (pair) {
      lastKey = isNode(pair.key) ? pair.key : lastKey;
      if (isLast && at2 === "key") return nodePosition(lastKey, source.lines) ?? START;
      if (isLast) return nodePosition(isNode(next) ? next : lastKey, source.lines) ?? START;
    } else if (isNode(next)) {
      lastKey = next;
      if (isLast) return nodePosition(next, source.lines) ?? START;
    }
    node = next;
  }
  return nodePosition(lastKey, source.lines) ?? START;
}

// src/parse/fast-yaml.ts
function loadText(bytes, limits) {
  if (bytes.byteLength > limits.maxBytes) {
    return { rule: "limit-exceeded", limit: "maxBytes", value: bytes.byteLength, max: limits.maxBytes };
  }
  const decoded = decode(bytes);
  return "rule" in decoded ? decoded : read(decoded.text, limits);
}
function read(text, limits) {
  const fast = readFast(text, limits);
  if (fast) return fast;
  const source = parse(text, limits);
  if ("rule" in source) return source;
  return { data: source.data, locate: (path2, at2) => locate(source, path2, at2) };
}
var FALLBACK = /* @__PURE__ */ Symbol("not for the fast reader");
var KNOWN = /^[\n\r\x20-\x7e\u00a1-\u2027\u202a-\ufefe\uff00-\ufffd]*$/;
var PLAIN_KEY = /[A-Za-z0-9_][A-Za-z0-9_.-]*/y;
var MAX_KEY = 1e3;
var NULL = /^(?:~|[Nn]ull|NULL)?$/;
var BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
var OCT = /^0o[0-7]+$/;
var INT = /^[-+]?[0-9]+$/;
var HEX = /^0x[0-9a-fA-F]+$/;
var INF_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
var FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
var MAYBE_TAGGED = /^[-+.0-9~nNtTfF]/;
function resolvePlain(text) {
  if (text !== "" && !MAYBE_TAGGED.test(text)) return text;
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text[0] === "t" || text[0] === "T";
  if (OCT.test(text)) return parseInt(text.slice(2), 8);
  if (INT.test(text)) return parseInt(text, 10);
  if (HEX.test(text)) return parseInt(text.slice(2), 16);
  if (INF_NAN.test(text)) return text.slice(-3).toLowerCase() === "nan" ? NaN : text[0] === "-" ? -Infinity : Infinity;
  if (FLOAT.test(text)) return parseFloat(text);
  return text;
}
var knownKeys = /* @__PURE__ */ new Map();
var knownKeyCount = 0;
var KNOWN_KEYS_MAX = 4096;
var KNOWN_KEY_LENGTH = 64;
function plainKey(text, at2, end) {
  const first = text.charCodeAt(at2);
  const length = end - at2;
  const bucket = length * 128 + first;
  const known = knownKeys.get(bucket);
  if (known) {
    for (const key of known) if (text.startsWith(key, at2)) return key;
  }
  const value = resolvePlain(text.slice(at2, end));
  if (typeof value === "string" && length <= KNOWN_KEY_LENGTH && knownKeyCount < KNOWN_KEYS_MAX) {
    const key = Object.keys({ [value]: true })[0];
    if (known) known.push(key);
    else knownKeys.set(bucket, [key]);
    knownKeyCount++;
    return key;
  }
  return value;
}
function setEntry(data, name, value) {
  if (Object.hasOwn(data, name)) throw FALLBACK;
  if (name in data) Object.defineProperty(data, name, { value, writable: true, enumerable: true, configurable: true });
  else data[name] = value;
}
function startsIndicator(text, at2) {
  return "-?:,[]{}#&*!|>%@`".includes(text[at2]) && !(text.charCodeAt(at2) === 45 && /[0-9.]/.test(text[at2 + 1] ?? ""));
}
var ESCAPES = { "\\": "\\", '"': '"', "/": "/", n: "\n", t: "	", r: "\r", b: "\b", f: "\f", "0": "\0" };
var Reader = class {
  constructor(text, limits) {
    this.text = text;
    this.limits = limits;
    let start = 0;
    for (; ; ) {
      const nl = text.indexOf("\n", start);
      const stop = nl < 0 ? text.length : nl;
      this.starts.push(start);
      this.ends.push(stop > start && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop);
      let i = start;
      while (i < stop && text.charCodeAt(i) === 32) i++;
      this.indents.push(i === this.ends[this.ends.length - 1] ? -1 : text.charCodeAt(i) === 35 ? -2 : i - start);
      if (nl < 0) break;
      start = nl + 1;
    }
  }
  text;
  limits;
  starts = [];
  ends = [];
  indents = [];
  line = 0;
  keyAt = -1;
  keyFound;
  document() {
    let first = 0;
    while (first < this.indents.length && this.indents[first] < 0) first++;
    if (first === this.indents.length || this.indents[first] !== 0) throw FALLBACK;
    for (let i = first; i < this.indents.length; i++) if (this.indents[i] === -2) throw FALLBACK;
    this.line = first;
    if (!this.isKey(this.starts[first], first)) throw FALLBACK;
    const root = this.map(0, 1);
    if (this.line < this.indents.length) throw FALLBACK;
    return { root: root.node, data: root.value };
  }
  /** The next line with content, from `line` on; the line count when none is left. */
  nextContent(line) {
    while (line < this.indents.length && this.indents[line] === -1) line++;
    return line;
  }
  lineAfter(line) {
    return line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
  }
  isDash(at2, line) {
    return this.text.charCodeAt(at2) === 45 && (at2 + 1 === this.ends[line] || this.text.charCodeAt(at2 + 1) === 32);
  }
  skipSpaces(at2, line) {
    while (at2 < this.ends[line] && this.text.charCodeAt(at2) === 32) at2++;
    return at2;
  }
  /** A key at `at`: its node, data, and the offset after its colon; undefined when there is none. */
  key(at2, line) {
    if (at2 !== this.keyAt) {
      this.keyAt = at2;
      this.keyFound = this.readKey(at2, line);
    }
    return this.keyFound;
  }
  readKey(at2, line) {
    const c = this.text.charCodeAt(at2);
    let end;
    let value;
    if (c === 34 || c === 39) {
      const quoted2 = this.quoted(at2, line);
      end = quoted2.end;
      value = quoted2.value;
    } else {
      const plainEnd = this.plainKeyEnd(at2, line);
      if (plainEnd === void 0) return void 0;
      end = plainEnd;
      value = plainKey(this.text, at2, end);
    }
    if (this.text.charCodeAt(end) !== 58) return void 0;
    if (end + 1 < this.ends[line] && this.text.charCodeAt(end + 1) !== 32) return void 0;
    return { node: { kind: "scalar", start: at2, end }, value, after: end + 1 };
  }
  /** Where a plain key that starts at `at` ends; undefined when none starts there. */
  plainKeyEnd(at2, line) {
    PLAIN_KEY.lastIndex = at2;
    if (!PLAIN_KEY.test(this.text)) return void 0;
    const end = Math.min(PLAIN_KEY.lastIndex, this.ends[line]);
    if (end - at2 > MAX_KEY) throw FALLBACK;
    return end;
  }
  isKey(at2, line) {
    const c = this.text.charCodeAt(at2);
    if (c === 34 || c === 39) {
      return this.text.charCodeAt(this.quoted(at2, line).end) === 58;
    }
    return this.key(at2, line) !== void 0;
  }
  /** A one-line quoted scalar at `at`. */
  quoted(at2, line) {
    const text = this.text;
    const stop = this.ends[line];
    const quote = text.charCodeAt(at2);
    let value = "";
    let from = at2 + 1;
    for (let i = at2 + 1; i < stop; i++) {
      const c = text.charCodeAt(i);
      if (quote === 39 && c === 39) {
        value += text.slice(from, i);
        if (text.charCodeAt(i + 1) === 39 && i + 1 < stop) {
          value += "'";
          from = ++i + 1;
          continue;
        }
        return { value, end: i + 1 };
      }
      if (quote === 34 && c === 34) return { value: value + text.slice(from, i), end: i + 1 };
      if (quote === 34 && c === 92) {
        value += text.slice(from, i);
        const e = text[i + 1] ?? "";
        if (e in ESCAPES && i + 1 < stop) {
          value += ESCAPES[e];
          i += 1;
        } else if (e === "u" && i + 5 < stop && /^[0-9A-Fa-f]{4}$/.test(text.slice(i + 2, i + 6))) {
          const code = parseInt(text.slice(i + 2, i + 6), 16);
          if (code >= 55296 && code <= 57343) throw FALLBACK;
          value += String.fromCharCode(code);
          i += 5;
        } else throw FALLBACK;
        from = i + 1;
      }
    }
    throw FALLBACK;
  }
  /** What follows a value on its line must be nothing, or spaces and a comment. */
  rest(at2, line) {
    const stop = this.ends[line];
    if (at2 === stop) return;
    if (this.text.charCodeAt(at2) !== 32) throw FALLBACK;
    at2 = this.skipSpaces(at2, line);
    if (at2 < stop && this.text.charCodeAt(at2) !== 35) throw FALLBACK;
  }
  /** A value on the same line, at `at` (not a space, not the line's end, not a comment). */
  inline(at2, line, depth) {
    const text = this.text;
    const stop = this.ends[line];
    const c = text.charCodeAt(at2);
    const nodeEnd = this.lineAfter(line);
    if (c === 34 || c === 39) {
      const quoted2 = this.quoted(at2, line);
      this.rest(quoted2.end, line);
      return { node: { kind: "scalar", start: at2, end: quoted2.end }, value: quoted2.value, nodeEnd };
    }
    if (c === 91 || c === 123) {
      const flow = this.flow(at2, line, depth);
      this.rest(flow.end, line);
      return { node: flow.node, value: flow.value, nodeEnd };
    }
    if (startsIndicator(text, at2)) throw FALLBACK;
    let end = at2 + 1;
    while (end < stop && !(text.charCodeAt(end) === 35 && text.charCodeAt(end - 1) === 32)) end++;
    while (end > at2 && text.charCodeAt(end - 1) === 32) end--;
    const plain = text.slice(at2, end);
    if (plain.includes(": ") || plain.endsWith(":")) throw FALLBACK;
    return { node: { kind: "scalar", start: at2, end }, value: resolvePlain(plain), nodeEnd };
  }
  /**
   * A flow collection that closes on its line, at `at` (`[` or `{`): `[]`, `{}`, or entries
   * separated by commas — plain or quoted scalars, flow collections, and in a mapping `key: value`
   * pairs with plain or quoted keys. Anything else (an empty entry, a trailing comma, `?`, a colon
   * in plain text, a pair in a list, a comment) falls back.
   */
  flow(at2, line, depth) {
    if (depth > this.limits.maxDepth) throw FALLBACK;
    const text = this.text;
    const isMap = text.charCodeAt(at2) === 123;
    const close = isMap ? 125 : 93;
    const keys = [];
    const nodes = [];
    const data = isMap ? {} : [];
    let i = at2 + 1;
    if (text.charCodeAt(i) !== close) {
      for (; ; ) {
        i = this.skipSpaces(i, line);
        let name;
        if (isMap) {
          const key = this.flowScalar(i, line, true);
          if (text.charCodeAt(key.end) !== 58 || text.charCodeAt(key.end + 1) !== 32) throw FALLBACK;
          name = key.value === null ? "" : String(key.value);
          keys.push({ node: key.node, text: String(key.value) });
          i = this.skipSpaces(key.end + 1, line);
        }
        const c = text.charCodeAt(i);
        const item = c === 91 || c === 123 ? this.flow(i, line, depth + 1) : this.flowScalar(i, line, false);
        if (nodes.length >= this.limits.maxItems) throw FALLBACK;
        nodes.push(item.node);
        if (name === void 0) data.push(item.value);
        else setEntry(data, name, item.value);
        i = this.skipSpaces(item.end, line);
        const next = text.charCodeAt(i);
        if (next === close) break;
        if (next !== 44) throw FALLBACK;
        i = this.skipSpaces(i + 1, line);
        if (text.charCodeAt(i) === close) throw FALLBACK;
      }
    }
    const end = i + 1;
    const node = isMap ? { kind: "map", start: at2, end, keys, values: nodes } : { kind: "seq", start: at2, end, items: nodes };
    return { node, value: data, end };
  }
  /** A scalar inside a flow collection, at `at`: quoted, or plain up to a comma or bracket. */
  flowScalar(at2, line, isKey) {
    const text = this.text;
    const c = text.charCodeAt(at2);
    if (c === 34 || c === 39) {
      const quoted2 = this.quoted(at2, line);
      return { node: { kind: "scalar", start: at2, end: quoted2.end }, value: quoted2.value, end: quoted2.end };
    }
    let end;
    if (isKey) {
      const plainEnd = this.plainKeyEnd(at2, line);
      if (plainEnd === void 0) throw FALLBACK;
      end = plainEnd;
    } else {
      const stop = this.ends[line];
      if (at2 >= stop || startsIndicator(text, at2)) throw FALLBACK;
      end = at2 + 1;
      while (end < stop && !",[]{}".includes(text[end])) end++;
      while (text.charCodeAt(end - 1) === 32) end--;
    }
    const plain = text.slice(at2, end);
    if (plain.includes(":") || plain.includes(" #")) throw FALLBACK;
    return { node: { kind: "scalar", start: at2, end }, value: resolvePlain(plain), end };
  }
  /** A value after `key:` or `-` that ends the line at `at`: a block below, or an empty value. */
  below(at2, line, indent, depth, sameIndentList) {
    const next = this.nextContent(line + 1);
    const nextIndent = this.indents[next] ?? -1;
    if (next < this.indents.length && (nextIndent > indent || sameIndentList && nextIndent === indent && this.isDash(this.starts[next] + indent, next))) {
      this.line = next;
      return this.block(this.starts[next] + nextIndent, next, depth);
    }
    this.line = line + 1;
    const comment = at2 < this.ends[line];
    return { node: { kind: "scalar", start: at2, end: at2 }, value: null, nodeEnd: comment ? this.lineAfter(line) : at2 };
  }
  /** A block collection starting at `at` on `line`. */
  block(at2, line, depth) {
    if (this.isDash(at2, line)) return this.seq(at2 - this.starts[line], depth);
    if (this.isKey(at2, line)) return this.map(at2 - this.starts[line], depth);
    throw FALLBACK;
  }
  map(column, depth) {
    if (depth > this.limits.maxDepth) throw FALLBACK;
    const keys = [];
    const values = [];
    const data = {};
    let line = this.line;
    const start = this.starts[line] + column;
    let last;
    for (; ; ) {
      const key = this.key(this.starts[line] + column, line);
      if (!key) throw FALLBACK;
      const at2 = this.skipSpaces(key.after, line);
      const value = at2 === this.ends[line] || this.text.charCodeAt(at2) === 35 ? this.below(at2, line, column, depth + 1, true) : (this.line = line + 1, this.inline(at2, line, depth + 1));
      const name = key.value === null ? "" : String(key.value);
      if (keys.length >= this.limits.maxItems) throw FALLBACK;
      setEntry(data, name, value.value);
      keys.push({ node: key.node, text: String(key.value) });
      values.push(value.node);
      last = value;
      line = this.nextContent(this.line);
      if (line >= this.indents.length || this.indents[line] < column) break;
      if (this.indents[line] !== column) throw FALLBACK;
      if (this.isDash(this.starts[line] + column, line)) {
        throw FALLBACK;
      }
      this.line = line;
    }
    this.line = line;
    return { node: { kind: "map", start, end: last.nodeEnd, keys, values }, value: data, nodeEnd: last.nodeEnd };
  }
  seq(column, depth) {
    if (depth > this.limits.maxDepth) throw FALLBACK;
    const items = [];
    const data = [];
    let line = this.line;
    const start = this.starts[line] + column;
    let last;
    for (; ; ) {
      const dash = this.starts[line] + column;
      const at2 = this.skipSpaces(dash + 1, line);
      let item;
      if (at2 === this.ends[line] || this.text.charCodeAt(at2) === 35) item = this.below(at2, line, column, depth + 1, false);
      else if (this.isDash(at2, line) || this.isKey(at2, line)) {
        this.line = line;
        item = this.block(at2, line, depth + 1);
      } else {
        this.line = line + 1;
        item = this.inline(at2, line, depth + 1);
      }
      if (items.length >= this.limits.maxItems) throw FALLBACK;
      items.push(item.node);
      data.push(item.value);
      last = item;
      line = this.nextContent(this.line);
      if (line >= this.indents.length || this.indents[line] < column) break;
      if (this.indents[line] !== column) throw FALLBACK;
      if (!this.isDash(this.starts[line] + column, line)) break;
      this.line = line;
    }
    this.line = line;
    return { node: { kind: "seq", start, end: last.nodeEnd, items }, value: data, nodeEnd: last.nodeEnd };
  }
  position(node) {
    const start = this.linePos(node.start);
    const end = this.linePos(Math.max(node.start, node.end));
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  }
  // As the yaml package's LineCounter: lines start at 0 and after every line feed.
  linePos(offset) {
    const starts = this.starts;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = low + high >> 1;
      if (starts[mid] < offset) low = mid + 1;
      else high = mid;
    }
    if (starts[low] === offset) return { line: low + 1, col: 1 };
    return { line: low, col: offset - starts[low - 1] + 1 };
  }
};
function readFast(text, limits) {
  if (!KNOWN.test(text) || text.includes("\r") && /\r(?!\n)/.test(text)) return void 0;
  const reader = new Reader(text, limits);
  let doc;
  try {
    doc = reader.document();
  } catch {
    return void 0;
  }
  const START2 = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return {
    data: doc.data,
    // As `locate` in source.ts, over the fast reader's nodes.
    locate(path2, at2 = "value") {
      let node = doc.root;
      let lastKey;
      for (let i = 0; i < path2.length; i++) {
        const step = path2[i];
        let next;
        let key;
        if (node?.kind === "map") {
          const index = node.keys.findIndex((k) => k.text === String(step));
          if (index >= 0) key = node.keys[index].node, next = node.values[index];
        } else if (node?.kind === "seq" && typeof step === "number") next = node.items[step];
        if (key === void 0 && next === void 0) break;
        const isLast = i === path2.length - 1;
        if (key) {
          lastKey = key;
          if (isLast) return reader.position(at2 === "key" ? key : next);
        } else {
          lastKey = next;
          if (isLast) return reader.position(next);
        }
        node = next;
      }
      return lastKey ? reader.position(lastKey) : START2;
    }
  };
}

// src/validate/validate.ts
function stripExtensions(value) {
  if (!hasExtensions(value)) return value;
  if (Array.isArray(value)) return value.map(stripExtensions);
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const [key, item] of Object.entries(value)) {
    if (key.startsWith("x-")) continue;
    if (key === "__proto__") Object.defineProperty(out, key, { value: stripExtensions(item), enumerable: true, writable: true, configurable: true });
    else out[key] = stripExtensions(item);
  }
  return out;
}
function hasExtensions(value) {
  if (value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return Object.getPrototypeOf(value) !== Array.prototype || value.some(hasExtensions);
  if (Object.getPrototypeOf(value) !== Object.prototype) return true;
  for (const key in value) {
    if (!Object.hasOwn(value, key) || key.startsWith("x-") || key === "__proto__" || hasExtensions(value[key])) return true;
  }
  return false;
}
function valueAt(data, path2) {
  let node = data;
  for (const step of path2) {
    if (node === null || typeof node !== "object" || !Object.prototype.hasOwnProperty.call(node, step)) {
      return { found: false, value: void 0 };
    }
    node = node[step];
  }
  return { found: true, value: node };
}
function describeValue(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "list";
  if (typeof value === "object") return "mapping";
  if (typeof value === "number") {
    if (Number.isNaN(value)) return ".nan";
    if (!Number.isFinite(value)) return value > 0 ? ".inf" : "-.inf";
    return JSON.stringify(value);
  }
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}\u2026` : value);
  return String(value);
}
var EXPECTED = {
  string: "string",
  number: "number",
  int: "integer",
  boolean: "boolean",
  array: "list",
  object: "mapping",
  record: "mapping"
};
function toIssues(issue, data) {
  const path2 = issue.path.filter((s) => typeof s !== "symbol");
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => ({ path: [...path2, key], at: "key", problem: { kind: "unknown" } }));
    case "invalid_type": {
      const { found, value } = valueAt(data, path2);
      if (!found || value === void 0) return [{ path: path2, at: "key", problem: { kind: "missing" } }];
      return [{ path: path2, at: "value", problem: { kind: "type", expected: EXPECTED[issue.expected] ?? "string", got: describeValue(value) } }];
    }
    case "too_small":
    case "too_big": {
      const bound = Number(issue.code === "too_small" ? issue.minimum : issue.maximum);
      return [{ path: path2, at: "value", problem: issue.code === "too_small" ? { kind: "range", min: bound } : { kind: "range", max: bound } }];
    }
    case "invalid_value": {
      const values = issue.values.map(String);
      if (values.length === 1 && values[0] === "chibo/v1") return [{ path: path2, at: "value", problem: { kind: "format", format: "version" } }];
      return [{ path: path2, at: "value", problem: { kind: "enum", values } }];
    }
    case "custom": {
      const params = issue.params;
      const format = params?.format ?? "blank";
      const { value } = valueAt(data, path2);
      if ((format === "date" || format === "time" || format === "month") && typeof value === "string") {
        return [{ path: path2, at: "value", problem: { kind: "when", format, value, reading: readWhen(format, value) } }];
      }
      return [{ path: path2, at: "value", problem: { kind: "format", format, ...params?.numbers && { numbers: params.numbers } } }];
    }
    case "invalid_union": {
      const written = issue.errors.find((branch) => !branch.every((i) => i.code === "invalid_type" && i.path.length === 0));
      if (written) return written.flatMap((i) => toIssues({ ...i, path: [...issue.path, ...i.path] }, data));
      return [{ path: path2, at: "value", problem: { kind: "type", expected: "string", got: describeValue(valueAt(data, path2).value) } }];
    }
    default:
      return [{ path: path2, at: "value", problem: { kind: "type", expected: "string", got: describeValue(valueAt(data, path2).value) } }];
  }
}
function validate(schema, data) {
  if (data === null || data === void 0 || typeof data !== "object" || Array.isArray(data)) {
    const got2 = data === null || data === void 0 ? "empty" : describeValue(data);
    return { ok: false, issues: [{ path: [], at: "value", problem: { kind: "type", expected: "mapping", got: got2 } }] };
  }
  const clean = stripExtensions(data);
  const result = schema.safeParse(clean);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: result.error.issues.flatMap((issue) => toIssues(issue, clean)) };
}

// src/data-file.ts
var at = (p) => p ? { line: p.line, column: p.column } : {};
function readDataFile(bytes, schema, kind, empty) {
  const decoded = decode(bytes);
  if ("rule" in decoded) {
    return { mistakes: [{ ...at(decoded.at), message: { vi: "T\u1EC7p kh\xF4ng ph\u1EA3i v\u0103n b\u1EA3n UTF-8.", en: "The file is not UTF-8 text." } }] };
  }
  const source = read(decoded.text, DEFAULT_LIMITS);
  if ("rule" in source) {
    const message = source.rule === "yaml-syntax" ? { vi: yaml_syntax_default.message.vi(source), en: yaml_syntax_default.message.en(source) } : { vi: "T\u1EC7p v\u01B0\u1EE3t gi\u1EDBi h\u1EA1n k\xEDch th\u01B0\u1EDBc ho\u1EB7c \u0111\u1ED9 s\xE2u.", en: "The file exceeds a size or depth limit." };
    return { mistakes: [{ ...at(source.at), message }] };
  }
  const valid = validate(schema, source.data ?? empty);
  if (!valid.ok) {
    return {
      mistakes: valid.issues.map((issue) => ({
        ...at(source.locate(issue.path, issue.at)),
        message: issue.path.length === 0 && issue.problem.kind === "type" ? {
          vi: `${kind.vi} ph\u1EA3i g\u1ED3m c\xE1c m\u1EE5c d\u1EA1ng "t\xEAn m\u1EE5c: gi\xE1 tr\u1ECB" (${kind.keys}), nh\u01B0ng ${issue.problem.got === "empty" ? "t\u1EC7p \u0111ang tr\u1ED1ng" : `t\u1EC7p l\xE0 ${got(issue.problem.got, "vi")}`}.`,
          en: `${kind.en} must be a mapping of keys to values (${kind.keys}), but the file is ${got(issue.problem.got, "en")}.`
        } : { vi: schema_default.message.vi({ ...issue, record: false }), en: schema_default.message.en({ ...issue, record: false }) }
      }))
    };
  }
  return { value: valid.value, source };
}
var baseName = (file) => file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);
function rubricFromText(bytes, file) {
  const read2 = readDataFile(bytes, rubricSchema, { vi: "T\u1EC7p b\u1ED9 ti\xEAu ch\xED", en: "A rubric file", keys: "id, title, kinds, levels, criteria, \u2026" });
  if ("mistakes" in read2) return { error: { file, name: baseName(file), mistakes: read2.mistakes } };
  const compiled = compileRubric(read2.value);
  if ("mistakes" in compiled) {
    const mistakes = compiled.mistakes.map((mistake) => {
      const at2 = read2.source.locate(mistake.path, "value");
      const where = formatPath(mistake.path);
      return { line: at2.line, column: at2.column, message: { vi: `${where}: ${mistake.message.vi}`, en: `${where}: ${mistake.message.en}` } };
    });
    return { error: { file, name: baseName(file), mistakes } };
  }
  return compiled;
}

// src/load/rubric-cache.ts
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
var CACHE_FILE = "dist/rubrics.json";
var sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");
var cache;
function cachedRubric(file, hash) {
  if (cache === void 0) {
    try {
      cache = JSON.parse(readFileSync(packageFile(CACHE_FILE), "utf8"));
    } catch {
      cache = {};
    }
  }
  const entry = cache[file];
  return entry && entry.sha256 === hash ? entry.rubric : void 0;
}

// src/load/rubrics.ts
import { existsSync, readdirSync, readFileSync as readFileSync2 } from "node:fs";
import path from "node:path";

// src/load/data-file.ts
function readFailure(error) {
  const data = { reason: "read", code: error.code ?? "EIO" };
  return { vi: file_unreadable_default.message.vi(data), en: file_unreadable_default.message.en(data) };
}

// src/load/rubrics.ts
var BUNDLED_DIR = packageFile("rubrics");
function bundledRubricIds() {
  return readdirSync(BUNDLED_DIR).filter((f) => f.endsWith(".yaml")).map((f) => f.slice(0, -".yaml".length)).sort();
}
var isBundledId = (ref) => /^[a-z0-9][a-z0-9-]*$/.test(ref) && existsSync(path.join(BUNDLED_DIR, `${ref}.yaml`));
function rubricFile(ref, baseDir) {
  return isBundledId(ref) ? path.join(BUNDLED_DIR, `${ref}.yaml`) : path.resolve(baseDir, ref);
}
var both = (vi, en) => ({ vi, en });
function createRubricLoader() {
  const cache2 = /* @__PURE__ */ new Map();
  const files = /* @__PURE__ */ new Map();
  return (ref, baseDir) => {
    const asked = `${baseDir}\0${ref}`;
    let file = files.get(asked);
    if (file === void 0) files.set(asked, file = rubricFile(ref, baseDir));
    let result = cache2.get(file);
    if (!result) {
      try {
        const bytes = readFileSync2(file);
        const hash = sha256(bytes);
        const bundled = path.dirname(file) === path.resolve(BUNDLED_DIR) ? cachedRubric(path.basename(file), hash) : void 0;
        const compiled = bundled ? { rubric: bundled } : rubricFromText(bytes, file);
        result = "rubric" in compiled ? { key: `${file}#${hash}`, rubric: compiled.rubric } : compiled;
      } catch (e) {
        const message = e.code === "ENOENT" ? both(`kh\xF4ng c\xF3 b\u1ED9 ti\xEAu ch\xED c\xF3 s\u1EB5n n\xE0o t\xEAn nh\u01B0 v\u1EADy, v\xE0 kh\xF4ng c\xF3 t\u1EC7p ${file}.`, `there is no bundled rubric of that name and no file ${file}.`) : readFailure(e);
        result = { error: { file, name: path.basename(file), mistakes: [{ message }] } };
      }
      cache2.set(file, result);
    }
    return result;
  };
}

// src/load/yaml-on-demand.ts
import { createRequire } from "node:module";
var FILE = import.meta.url.endsWith(".ts") ? "yaml" : "./yaml.cjs";
function provideYamlOnDemand() {
  provideYaml(() => createRequire(import.meta.url)(FILE));
}

export {
  DEFAULT_LIMITS,
  loadText,
  validate,
  readDataFile,
  rubricFromText,
  readFailure,
  CACHE_FILE,
  sha256,
  BUNDLED_DIR,
  bundledRubricIds,
  rubricFile,
  createRubricLoader,
  provideYamlOnDemand
};
