/**
 * The page's one stylesheet and one script. Both are inline (the page must work offline, as a
 * single file) and both are allowed by the Content-Security-Policy through their SHA-256 hashes,
 * so no other inline code can ever run: an article's text is escaped, and even a mistake in
 * escaping would be blocked.
 */
import { createHash } from 'node:crypto';

/** Highlight colours per kind, light then dark; each pair keeps text contrast above 4.5:1. */
const KINDS: [kind: string, light: string, dark: string][] = [
  ['company', '#cfe3ff', '#1f3f6e'],
  ['institute', '#d9f2d0', '#24502a'],
  ['government', '#ffe2b8', '#6a4514'],
  ['media', '#f3d6f5', '#5a2a5e'],
  ['model', '#ffd5d5', '#6e2626'],
  ['product', '#e4dcff', '#3f3370'],
  ['person', '#fff1a8', '#5c5211'],
  ['place', '#c9f0ee', '#1c5450'],
  ['organization', '#e2e2e2', '#4a4a4a'],
  ['money', '#b8f5c0', '#1d5b2a'],
  ['date', '#fde0c5', '#6b3d17'],
];

const kindRules = (i: 1 | 2) => KINDS.map((k) => `.k-${k[0]}{--hl:${k[i]}}`).join('');

export const STYLE = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1b1b1b;--muted:#555;--line:#d0d0d0;--tip-bg:#1b1b1b;--tip-fg:#fff;--focus:#0b57d0;--on:#000}
@media (prefers-color-scheme:dark){:root{--bg:#16181c;--fg:#e8e8e8;--muted:#a8a8a8;--line:#3a3d44;--tip-bg:#f2f2f2;--tip-fg:#111;--focus:#8ab4f8;--on:#fff}}
${kindRules(1)}
@media (prefers-color-scheme:dark){${kindRules(2)}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.7 system-ui,-apple-system,"Segoe UI","Noto Sans CJK KR","Noto Sans KR","Apple SD Gothic Neo","Malgun Gothic",sans-serif}
header.site{padding:.75rem 1.25rem;border-bottom:1px solid var(--line)}
header.site h1{font-size:1.1rem;margin:0}
main{padding:0 1.25rem 2rem;max-width:80rem;margin:0 auto}
.doc{border-bottom:1px solid var(--line);padding:1rem 0}
.doc h2{font-size:1.15rem;margin:.5rem 0}
.doc h3{font-size:1rem;margin:1.25rem 0 .5rem}
.meta{color:var(--muted);font-size:.9rem;margin:0 0 .75rem}
.error{border-left:4px solid #c62828;padding:.25rem .75rem}
.text{white-space:pre-wrap;word-break:keep-all;overflow-wrap:anywhere;max-width:48rem}
mark{background:var(--hl);color:inherit;border-radius:3px;padding:0 1px;position:relative;cursor:help}
mark mark{box-shadow:inset 0 -3px 0 var(--hl);background:transparent}
mark:focus-visible{outline:3px solid var(--focus);outline-offset:1px}
mark.on{outline:2px solid var(--on)}
mark:hover::after,mark:focus::after{content:attr(data-tip);position:absolute;left:0;top:100%;z-index:2;margin-top:4px;padding:2px 8px;border-radius:4px;background:var(--tip-bg);color:var(--tip-fg);font-size:.8rem;line-height:1.5;white-space:nowrap;pointer-events:none}
.legend{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;padding:0;margin:.5rem 0}
.legend li{font-size:.85rem}
.legend .swatch{background:var(--hl);border-radius:3px;padding:0 .4rem}
table{border-collapse:collapse;font-size:.9rem;width:100%}
th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
td.num{font-variant-numeric:tabular-nums;white-space:nowrap}
button.ent{font:inherit;color:inherit;background:var(--hl);border:0;border-radius:3px;padding:0 .35rem;cursor:pointer}
button.ent:focus-visible{outline:3px solid var(--focus)}
button.ent[aria-pressed=true]{outline:2px solid var(--on)}
form.play textarea{width:100%;min-height:12rem;font:inherit;color:inherit;background:transparent;border:1px solid var(--line);border-radius:4px;padding:.5rem}
form.play .row{display:flex;gap:.75rem;align-items:center;margin:.5rem 0;flex-wrap:wrap}
form.play button{font:inherit;padding:.3rem 1rem}
form.play.drop textarea{outline:3px dashed var(--focus)}
.status{color:var(--muted)}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;

/**
 * Entities' list buttons outline every mention of their entity; on the playground the form posts
 * the text to `/api/view` and shows the view it gets back (rendered by the server, escaped there).
 */
export const SCRIPT = `
(function(){
function wire(root){
  root.querySelectorAll('button.ent').forEach(function(b){
    b.addEventListener('click',function(){
      var on=b.getAttribute('aria-pressed')!=='true';
      b.setAttribute('aria-pressed',on?'true':'false');
      var doc=b.closest('.doc');
      doc.querySelectorAll('mark[data-entity="'+b.dataset.entity+'"]').forEach(function(m){m.classList.toggle('on',on);});
    });
  });
}
wire(document);
var form=document.querySelector('form.play');
if(!form)return;
var area=form.querySelector('textarea'),out=document.getElementById('view'),status=form.querySelector('.status');
function show(text){
  status.textContent='Analysing…';
  fetch('api/view',{method:'POST',headers:{'content-type':'application/json'},body:JSON.stringify({text:text,id:'playground'})})
    .then(function(r){return r.text().then(function(body){return {ok:r.ok,body:body};});})
    .then(function(r){
      if(!r.ok){var e;try{e=JSON.parse(r.body).error;}catch(x){e={message:r.body};}status.textContent='Error: '+(e&&e.message);return;}
      out.innerHTML=r.body;wire(out);status.textContent='Done.';
    })
    .catch(function(e){status.textContent='Error: '+e;});
}
form.addEventListener('submit',function(ev){ev.preventDefault();show(area.value);});
form.addEventListener('dragover',function(ev){ev.preventDefault();form.classList.add('drop');});
form.addEventListener('dragleave',function(){form.classList.remove('drop');});
form.addEventListener('drop',function(ev){
  ev.preventDefault();form.classList.remove('drop');
  var f=ev.dataTransfer&&ev.dataTransfer.files[0];
  if(f)f.text().then(function(t){area.value=t;show(t);});
});
})();
`;

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

// Hashed on first use, so importing the library costs nothing for callers that never render.
let hashes: { style: string; script: string } | null = null;
const pageHashes = () => (hashes ??= { style: sha256(STYLE), script: sha256(SCRIPT) });

/**
 * The policy: nothing from anywhere, except the page's own hashed style and script; the
 * playground may also post to its own server.
 */
export function contentSecurityPolicy(playground: boolean): string {
  return [
    "default-src 'none'",
    `style-src ${pageHashes().style}`,
    `script-src ${pageHashes().script}`,
    'img-src data:',
    playground ? "connect-src 'self'" : null,
    "base-uri 'none'",
    "form-action 'none'",
  ]
    .filter((x) => x !== null)
    .join('; ');
}

/** The kinds with a colour, for the legend. */
export const KIND_NAMES: readonly string[] = KINDS.map((k) => k[0]);
