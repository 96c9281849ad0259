// Coro's side of the highlight.js engine (loaded by HljsEngine, src/markdown/hljsengine.cpp):
// line-by-line highlighting with highlight.js's continuation state (complete lines are cached on
// the C++ side, HljsLineCache). highlight.js 9 is the API Debian ships:
// highlight(name, code, ignoreIllegals, continuation).
var coroHighlight = (function (hljs) {
    if (hljs.configure)
        hljs.configure({hideUpgradeWarningAcceptNoSupportOrSecurityUpdates: true});
    var legacyApi = hljs.highlight.length >= 2 && !hljs.highlightElement;
    // A back-reference (\1) keeps V4 from compiling a regular expression to machine code, and
    // highlight.js joins every mode's begin into one expression per parent: C++'s raw string
    // alone put all C++ code through the slower regexp interpreter (CPU +25 %). Such a mode
    // becomes begin/end variants without back-references - exact for R"(...)" and Rust's r"..",
    // r#".."# up to three #; a C++ delimiter is matched by shape, so only a text holding another
    // )delimiter" ends early - and a raw string now also spans lines.
    var rewrites = [
        {source: 'R"([^()\\\\ ]{0,16})\\((?:.|\\n)*?\\)\\1"', variants: [
            {begin: /(?:u8?|U|L)?R"\(/, end: /\)"/},
            {begin: /(?:u8?|U|L)?R"[^()\\ ]{1,16}\(/, end: /\)[^()\\ ]{1,16}"/}]},
        {source: 'r(#*)"(.|\\n)*?"\\1(?!#)', variants: [
            {begin: /r"/, end: /"/}, {begin: /r#"/, end: /"#/}, {begin: /r##"/, end: /"##/},
            {begin: /r###"/, end: /"###/}, {begin: /r#{4,}"/, end: /"#{4,}/}]}
    ];
    function rewriteFor(mode) {
        if (!mode || !(mode.begin instanceof RegExp) || mode.end)
            return null;
        for (var r = 0; r < rewrites.length; ++r) {
            if (mode.begin.source.indexOf(rewrites[r].source) >= 0)
                return rewrites[r].variants;
        }
        return null;
    }
    function rewriteBackReferences(mode, seen) {
        if (!mode || typeof mode !== 'object' || seen.indexOf(mode) >= 0)
            return;
        seen.push(mode);
        ['contains', 'variants'].forEach(function (key) {
            var list = mode[key] || [];
            for (var i = 0; i < list.length; ++i) {
                var variants = rewriteFor(list[i]);
                if (variants && key === 'variants') {
                    list.splice.apply(list, [i, 1].concat(variants));
                    i += variants.length - 1;
                } else if (variants) {
                    list[i] = {className: list[i].className, variants: variants};
                } else {
                    rewriteBackReferences(list[i], seen);
                }
            }
        });
        rewriteBackReferences(mode.starts, seen);
    }
    if (legacyApi && hljs.listLanguages) {
        hljs.listLanguages().forEach(function (name) {
            rewriteBackReferences(hljs.getLanguage(name), []);
        });
    }
    // A line's state is the stack of modes open at its end. highlight.js enters a mode by
    // making a new object (Object.create(mode, {parent: top})), so the same stack is a new
    // object every time; states are named by the modes' definitions instead, so a cached line
    // leads on to the next cached line. Each state keeps the first such object as its
    // continuation.
    // Globals read once: a name the script does not declare is looked up by name (V4's
    // LoadName) on every use, and these run for every line.
    var hasOwn = Object.prototype.hasOwnProperty, protoOf = Object.getPrototypeOf;
    var define = Object.defineProperty;
    var stateIds = Object.create(null), states = [], definitions = 0;
    function definitionId(mode) {
        if (mode.coroDefinitionId === void 0)
            define(mode, 'coroDefinitionId', {value: definitions++});
        return mode.coroDefinitionId;
    }
    function stateOf(top) {
        // Most lines end in the mode they began in: the same object, named once.
        if (hasOwn.call(top, 'coroStateId'))
            return top.coroStateId;
        var path = '';
        for (var mode = top; mode; mode = mode.parent)
            path += definitionId(hasOwn.call(mode, 'parent') ? protoOf(mode) : mode) + '/';
        var id = stateIds[path];
        if (id === void 0) {
            id = stateIds[path] = states.length;
            states.push(top);
        }
        define(top, 'coroStateId', {value: id});
        return id;
    }
    return {
        has: function (language) { return !!hljs.getLanguage(language); },
        // The lines of code from some line on, starting in state (-1: top level), one by one
        // with highlight.js's continuation: [HTML of all lines, "length:state," per line].
        // The caller caches complete lines (HljsLineCache).
        highlightLines: function (language, state, code) {
            if (!legacyApi) // Newer highlight.js: no continuation state, so the whole text.
                return [hljs.highlight(code, {language: language, ignoreIllegals: true}).value, ''];
            var lines = code.split('\n'), html = '', cuts = [];
            var top = state >= 0 ? states[state] : void 0;
            for (var i = 0; i < lines.length; ++i) {
                var last = i === lines.length - 1;
                var line = last ? lines[i] : lines[i] + '\n';
                if (line === '')
                    continue;
                var result = hljs.highlight(language, line, true, top);
                html += result.value;
                top = result.top;
                cuts.push(result.value.length + ':' + stateOf(top));
            }
            return [html, cuts.join(',')];
        }
    };
})(exports);
