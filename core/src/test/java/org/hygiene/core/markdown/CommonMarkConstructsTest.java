package org.hygiene.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A broad set of CommonMark inputs, one or more per section of the spec (the spec's own examples
 * are not available to this build), each rendered in every mode at two widths without error.
 */
class CommonMarkConstructsTest {
    private static final String CASES =
            """
            →foo→baz→→bim
            ~~~
              - foo

            →bar
            ~~~
            \\!\\"\\#\\$\\%\\&\\'\\(\\)\\*\\+\\,\\-\\.\\/\\:\\;\\<\\=\\>\\?\\@\\[\\\\\\]\\^\\_\\`\\{\\|\\}\\~
            ~~~
            &nbsp; &amp; &copy; &AElig; &Dcaron; &frac34; &#35; &#1234; &#X22; &#0; &#xcab;
            ~~~
            ***
            ---
            ___
             **  * ** * ** * **
            ~~~
            # foo
            ## foo
            ####### foo
            #5 bolt
            \\## foo
            # foo *bar* \\*baz\\*
            ~~~
            Foo *bar*
            =========

            Foo *bar
            baz*
            ---
            ~~~
                a simple
                  indented code block
            ~~~
            ```
            <
             >
            ```
            ~~~
            ````
            aaa
            ```
            ``````
            ~~~
            ```ruby startline=3 $%@#$
            def foo(x)
              return 3
            end
            ```
            ~~~
            <table><tr><td>
            <pre>
            **Hello**,

            _world_.
            </pre>
            </td></tr></table>
            ~~~
            <!-- foo -->*bar*
            *baz*
            ~~~
            [foo]: /url "title"

            [foo]
            ~~~
            [Foo bar]:
            <my url>
            'title'

            [Foo bar]
            ~~~
            aaa
                         bbb
                                                   ccc
            ~~~
            > # Foo
            > bar
            > baz
            ~~~
            > - foo
            - bar
            ~~~
            >     code

            >    not code
            ~~~
            1.  A paragraph
                with two lines.

                    indented code

                > A block quote.
            ~~~
            - one

             two
            ~~~
            - foo
              - bar
                - baz
                  - boo
            ~~~
            10) foo
                - bar
            ~~~
            - # Foo
            - Bar
              ---
              baz
            ~~~
            1. a

            2. b

            3. c
            ~~~
            - a
            - b

            - c
            ~~~
            `` foo ` bar ``
            ~~~
            *foo bar*  _foo bar_  **foo bar**  __foo bar__  *(*foo*)*  ***strong emph***  **foo "*bar*" foo**
            ~~~
            *foo**bar**baz*  foo***bar***baz  ****foo****  _____foo_____  **foo*  *foo**  ***foo**
            ~~~
            [link](/uri "title") [link](<>) [a](<b)c>) [link](\\(foo\\)) [link](foo(and(bar))) [link](#fragment)
            ~~~
            [link *foo **bar** `#`*](/uri) [![moon](moon.jpg)](/uri) [foo *bar [baz][ref]*][ref]

            [ref]: /uri
            ~~~
            ![foo *bar*][] ![foo](/url "title") ![](/url)

            [foo *bar*]: train.jpg "train & tracks"
            ~~~
            <http://foo.bar.baz> <MAILTO:FOO@BAR.BAZ> <foo@bar.example.com> <http://foo.bar/baz bim>
            ~~~
            <a><bab><c2c> <a  /><b2
            data="foo" > <a foo="bar" bam = 'baz <em>"</em>'
            _boolean zoop:33=zoop:33 /> foo <!-- this is a
            comment - with hyphen --> foo <?php echo $a; ?>
            ~~~
            foo
            baz

            foo\\
            baz

            foo\\
            ~~~
            | abc | defghi |
            :-: | -----------:
            bar | baz
            ~~~
            | f\\|oo  |
            | ------ |
            | b `\\|` az |
            | b **\\|** im |
            ~~~
            | abc | def |
            | --- | --- |
            | bar |
            | bar | baz | boo |
            ~~~
            | abc | def |
            | --- | --- |
            ~~~
            ~~Hi~~ Hello, ~there~ world!  ~~~not~~~
            ~~~
            - [ ] foo
            - [x] bar
              - [x] nested
            ~~~
            Text[^1] and[^missing] again[^1].

            [^1]: The note, with a [link](https://a.example).

                Second paragraph of the note.
            ~~~
            > [!NOTE]
            ~~~
            > [!tip]
            > lower case kind
            > - and a list
            ~~~
            > [!WARNING] text on the same line
            ~~~
            >
            ~~~
            -
            ~~~
            1.
            ~~~
            [foo]: <bar>(baz)

            [foo]
            ~~~
            *a `*`*  _a `_`_  `<a href="`">`  <a href="`">`
            ~~~
            \u0000\u2028\u2029\ufeff\u200b\u00ad
            """;

    static List<String> cases() {
        return Arrays.stream(CASES.split("\n~~~\n")).map(c -> c.replace('→', '\t')).toList();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyConstructRendersWithoutErrorInEveryMode(String markdown) {
        for (int width : new int[] {20, 80}) {
            for (RenderOptions options :
                    List.of(
                            RenderOptions.plain(width),
                            RenderOptions.styled(Theme.DARK, width).withHyperlinks(true),
                            RenderOptions.styled(Theme.LIGHT, width),
                            RenderOptions.styled(Theme.MONO, width))) {
                Rendered r = new TerminalMarkdown(options).renderDocument(markdown);
                assertThat(r.lines())
                        .allSatisfy(l -> assertThat(l.columnLength()).isLessThanOrEqualTo(width));
                assertThat(r.sourceLines()).hasSize(r.lines().size());
            }
        }
    }
}
