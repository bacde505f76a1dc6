import { escapeHtml } from '../../core/html-text.ts';
import { FEED_ENTRIES } from './feeds.ts';

/**
 * The XSLT stylesheet every Atom feed names (`<?xml-stylesheet type="text/xsl" href="…"?>`): a
 * browser that opens a feed shows, instead of raw XML and a notice in English, a page in Chinese
 * that says what a feed is and how to subscribe (the feed's own address, to copy into a reader),
 * and lists its entries with their links. Feed readers ignore it. XSLT 1.0, as browsers run it;
 * the page it makes requests only the site's stylesheet and icon: no script, nothing inline,
 * so the site's Content Security Policy allows it as it is.
 *
 * Entry titles and summaries are `type="html"` (the `feed` library's choice), holding text that
 * feeds.ts escaped once: the `decode-html` template turns the five entities of `escapeHtml` back
 * into characters, which the page then writes as text. Nothing in a feed is ever read as markup.
 */
export function feedStylesheet({ cssHref, iconHref }: { cssHref: string; iconHref: string }): string {
  // In an attribute of the result, braces would start an expression: they are doubled.
  const [css, icon] = [cssHref, iconHref].map((href) => escapeHtml(href).replace(/[{}]/g, (brace) => brace + brace));
  return `<?xml version="1.0" encoding="utf-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom" exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat" indent="no"/>
  <xsl:variable name="self" select="/atom:feed/atom:link[@rel='self']/@href"/>
  <xsl:variable name="page" select="/atom:feed/atom:link[@rel='alternate']/@href"/>
  <xsl:template match="/atom:feed">
    <html lang="zh-CN">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="atom:title"/>（订阅源）</title>
        <link rel="stylesheet" href="${css}"/>
        <link rel="icon" href="${icon}" type="image/svg+xml"/>
      </head>
      <body class="feed-page">
        <main class="inner">
          <p class="feed-kind">订阅源 · Atom</p>
          <h1><xsl:value-of select="atom:title"/></h1>
          <section class="feed-help" aria-labelledby="feed-help">
            <h2 id="feed-help">这是一个订阅源，怎样订阅</h2>
            <p>订阅源（也叫 RSS 订阅）供阅读器使用：把它加到 RSS 阅读器后，这里一有新内容，阅读器就会收到，不必反复打开网站查看。</p>
            <ol>
              <li>复制本订阅源的地址：<code class="feed-address"><xsl:value-of select="$self"/></code></li>
              <li>打开 RSS 阅读器（手机应用、电脑软件或浏览器插件都可以），选择“添加订阅”，粘贴这个地址。</li>
            </ol>
            <p>不用阅读器，也可以直接看网页：<a href="{$page}"><xsl:value-of select="$page"/></a></p>
          </section>
          <h2>最近的条目（<xsl:value-of select="count(atom:entry)"/>条）</h2>
          <xsl:choose>
            <xsl:when test="atom:entry">
              <p class="small">订阅源按日期从新到旧列出最近的条目，最多 ${FEED_ENTRIES} 条；全部记录见网页。</p>
              <ol class="feed-entries">
                <xsl:apply-templates select="atom:entry"/>
              </ol>
            </xsl:when>
            <xsl:otherwise>
              <p>目前还没有条目。有新内容时，订阅了的阅读器会收到。</p>
            </xsl:otherwise>
          </xsl:choose>
          <p class="small">发布：<xsl:value-of select="atom:author/atom:name"/>。<xsl:if test="atom:rights">许可：<xsl:value-of select="atom:rights"/>。</xsl:if></p>
        </main>
      </body>
    </html>
  </xsl:template>
  <xsl:template match="atom:entry">
    <li>
      <h3><a href="{atom:link/@href}"><xsl:call-template name="decode-html"><xsl:with-param name="text" select="atom:title"/></xsl:call-template></a></h3>
      <xsl:if test="atom:summary">
        <p><xsl:call-template name="decode-html"><xsl:with-param name="text" select="atom:summary"/></xsl:call-template></p>
      </xsl:if>
    </li>
  </xsl:template>
  <xsl:template name="decode-html">
    <xsl:param name="text"/>
    <xsl:choose>
      <xsl:when test="contains($text, '&amp;')">
        <xsl:value-of select="substring-before($text, '&amp;')"/>
        <xsl:variable name="rest" select="substring-after($text, '&amp;')"/>
        <xsl:variable name="entity" select="substring-before($rest, ';')"/>
        <xsl:choose>
          <xsl:when test="$entity = 'lt'">&lt;</xsl:when>
          <xsl:when test="$entity = 'gt'">&gt;</xsl:when>
          <xsl:when test="$entity = 'quot'">&quot;</xsl:when>
          <xsl:when test="$entity = '#39'">&apos;</xsl:when>
          <xsl:when test="$entity = 'amp'">&amp;</xsl:when>
          <xsl:otherwise>&amp;</xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="decode-html">
          <xsl:with-param name="text">
            <xsl:choose>
              <xsl:when test="$entity = 'lt' or $entity = 'gt' or $entity = 'quot' or $entity = '#39' or $entity = 'amp'"><xsl:value-of select="substring-after($rest, ';')"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$rest"/></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
`;
}
