import { describe, expect, it } from 'vitest';
import { citation, doc, link, makeStatement, paragraph, text } from '../fixtures/makeStatement.js';
import { makeSmallStatement } from '../fixtures/smallStatement.js';
import { renderHtml } from './renderHtml.js';

const article = (html: string) =>
  /<article class="statement">\n([\s\S]*)\n<\/article>/.exec(html)?.[1];

describe('renderHtml', () => {
  it('renders a small statement exactly', () => {
    expect(article(renderHtml(makeSmallStatement()))).toBe(`<header>
<p class="notice">Check against delivery</p>
<h1>Viet Nam</h1>
<p class="byline">Statement by Viet Nam at the Security Council open debate on “Conflict prevention”</p>
<p class="place-date">New York, 19 April 2021</p>
</header>
<h2>Prevention</h2>
<p>We thank <strong>Côte d’Ivoire</strong> and <em>Türkiye</em>.</p>
<blockquote>
<p>Peace is a process.</p>
</blockquote>
<ul>
<li>One</li>
<li>Two</li>
</ul>
<ol start="3">
<li>Third</li>
<li>Fourth</li>
</ol>`);
  });

  it('is a standalone document with print styles and the title', () => {
    const html = renderHtml(makeSmallStatement());
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB" dir="ltr">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Statement of Viet Nam — open debate 19 April 2021</title>');
    expect(html).toContain('@page { size: A4;');
    expect(html).not.toMatch(/<script|<link|src=/);
  });

  it('escapes everything the statement and the debate say', () => {
    const statement = makeStatement({
      title: '<script>alert("title")</script>',
      delegations: ['A & B'],
      content: doc(
        paragraph('<script>alert(1)</script>'),
        paragraph(
          text('click', link('javascript:alert(2)')),
          text(' "q" \'s\'', link('https://x.org/?a=1&b="2"')),
        ),
      ),
    });
    const html = renderHtml(statement);
    expect(html).not.toContain('<script>');
    expect(html).toContain('<title>&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;</title>');
    expect(html).toContain('<h1>A &amp; B</h1>');
    expect(html).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain(
      '<a href="https://x.org/?a=1&amp;b=&quot;2&quot;"> &quot;q&quot; &#39;s&#39;</a>',
    );
  });

  it('links citation notes both ways', () => {
    const content = doc(paragraph(text('report', citation({ reference: 'S/2011/552, para. 12' }))));
    const html = renderHtml(makeStatement({ content }));
    expect(html).toContain(
      '<p>report<sup class="note-ref"><a id="note-ref-1" href="#note-1">1</a></sup></p>',
    );
    expect(html).toContain('<li id="note-1">S/2011/552, para. 12 <a href="#note-ref-1"');
  });
});

describe('renderHtml in Arabic', () => {
  it('marks the page Arabic and right to left', async () => {
    const { ARABIC, makeLanguageStatement } = await import('../fixtures/languageStatements.js');
    const html = renderHtml(makeLanguageStatement(ARABIC));
    expect(html).toContain('<html lang="ar-SA" dir="rtl">');
    expect(html).toContain('<p class="notice">يرجى المراجعة عند الإلقاء</p>');
  });
});
