package org.w3id.kzlabour.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * The page chrome of an HTML page as a reader sees it: its visible text and the texts of its
 * {@code placeholder}, {@code aria-label}, {@code title} and {@code alt} attributes, without the
 * data values the templates mark as such. Data is what is not the site's own words: an element
 * with a {@code lang} attribute other than the page's (an English name on a Russian page, the
 * language switch's "English"), an element with {@code translate="no"} (IRIs, codes, the search
 * text, names without a language), and {@code code}, {@code pre}, {@code script}, {@code style}.
 *
 * <p>What is left must be in the page's language. For Russian and Kazakh that is checked by
 * script: a Latin word in it is either one the translation itself uses (SPARQL, BibTeX, CC BY
 * 4.0, the formats' names: {@link #allowedLatinWords}) or chrome that no bundle key translates.
 * A sentence added to a template without a key is English, so it fails.
 */
final class ChromeText {

    private static final Set<String> CODE_ELEMENTS = Set.of("script", "style", "pre", "code", "template", "noscript");
    private static final List<String> TEXT_ATTRIBUTES = List.of("placeholder", "aria-label", "title", "alt");
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}\\p{Nd}'’-]*");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    final String pageLang;
    final String title;
    final List<String> texts = new ArrayList<>();

    private ChromeText(String pageLang, String title) {
        this.pageLang = pageLang;
        this.title = title;
    }

    /** The chrome of a page; the page's language is its {@code <html lang>}. */
    static ChromeText of(String html) {
        Document doc = Jsoup.parse(html);
        String lang = doc.selectFirst("html").attr("lang");
        String title = doc.title();
        // The layout writes "page title · site name"; the page title is often a data label.
        int cut = title.lastIndexOf(" · ");
        ChromeText chrome = new ChromeText(lang, cut >= 0 ? title.substring(cut + 3) : title);
        chrome.texts.add(chrome.title);
        NodeTraversor.traverse((Node node, int depth) -> {
            if (node instanceof TextNode text && !text.isBlank() && node.parent() instanceof Element parent
                    && !parent.tagName().equals("title") && !chrome.isData(parent))
                chrome.texts.add(text.text().strip());
            if (node instanceof Element element && !chrome.isData(element))
                for (String attribute : TEXT_ATTRIBUTES)
                    if (element.hasAttr(attribute) && !element.attr(attribute).isBlank() && !element.tagName().equals("link"))
                        chrome.texts.add(element.attr(attribute));
        }, doc.body());
        return chrome;
    }

    /** Whether text inside this element is data: marked with another language, not translatable, or code. */
    private boolean isData(Element element) {
        boolean langDecided = false;
        for (Element e = element; e != null; e = e.parent()) {
            if (CODE_ELEMENTS.contains(e.tagName()) || "no".equals(e.attr("translate")))
                return true;
            if (!langDecided && e.hasAttr("lang") && !e.tagName().equals("html")) {
                if (!e.attr("lang").equalsIgnoreCase(pageLang))
                    return true;
                langDecided = true;
            }
        }
        return false;
    }

    /** All chrome texts joined by newlines. */
    String joined() {
        return String.join("\n", texts);
    }

    /** The Latin-script words of the chrome that the allowed set lacks (compared in lower case), each with the text it is in. */
    List<String> unexpectedLatinWords(Set<String> allowed) {
        List<String> found = new ArrayList<>();
        for (String text : texts) {
            Matcher m = LATIN_WORD.matcher(text);
            while (m.find()) {
                String word = m.group();
                if (word.length() >= 2 && !allowed.contains(word.toLowerCase(Locale.ROOT)))
                    found.add(word + " (in: " + text + ")");
            }
        }
        return found;
    }

    /** The Latin-script words a language's own bundle uses (outside markup and placeholders): what its pages may show. */
    static Set<String> allowedLatinWords(String lang) {
        Set<String> words = new TreeSet<>();
        for (String key : Messages.ownKeys(lang)) {
            Matcher m = LATIN_WORD.matcher(TAG.matcher(Messages.bundle(lang).getString(key)).replaceAll(" ").replaceAll("\\{[^}]*}", " "));
            while (m.find())
                words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /**
     * The literal pieces of an English bundle value a page in another language must not show: the
     * value without its markup, split at its arguments (a plural's forms are pieces too), each
     * piece with at least one letter.
     */
    static List<String> englishPieces(String pattern) {
        String text = TAG.matcher(pattern).replaceAll(" ");
        List<String> pieces = new ArrayList<>();
        // Plural forms: {0,plural,one{claim} other{claims}} -> claim, claims
        Matcher plural = Pattern.compile("(?:one|few|many|other)\\{([^{}]*)}").matcher(text);
        while (plural.find())
            pieces.add(plural.group(1).replace("#", " "));
        text = text.replaceAll("\\{[^{}]*\\{[^{}]*}[^{}]*(\\{[^{}]*}[^{}]*)*}", " ").replaceAll("\\{[^}]*}", " ").replace("''", "'");
        for (String piece : text.split("\\s{2,}|\\(|\\)"))
            pieces.add(piece);
        return pieces.stream().map(String::strip).filter(p -> p.chars().anyMatch(Character::isLetter)).toList();
    }

    /** Whether some value of the language's own bundle contains the text (a name such as "CC BY 4.0" kept in the translation). */
    static boolean translationUses(String lang, String text) {
        return Messages.ownKeys(lang).stream().anyMatch(key -> Messages.bundle(lang).getString(key).contains(text));
    }

    /** Whether the chrome contains the piece as whole words. */
    boolean containsWords(String piece) {
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{Nd}])" + Pattern.quote(piece) + "(?![\\p{L}\\p{Nd}])");
        return texts.stream().anyMatch(t -> p.matcher(t).find());
    }
}
