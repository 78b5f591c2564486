/* quizgen interactive quiz: builds the questions from the JSON block, grades answers
   leniently, keeps progress in localStorage. Article text only ever goes into the page
   through textContent and setAttribute, never as markup. No network, no libraries. */
(function () {
  "use strict";

  var RIGHT = "right", ALMOST = "almost", WRONG = "wrong";

  /* ------------------------------------------------------------------ grading
     A port of quizgen/grading.py grade_text; tests/render/test_web.py checks both give
     the same verdicts on a table of answers. */

  var ARTICLES = { a: true, an: true, the: true };

  function words(text) {
    return text ? text.split(" ") : [];
  }

  function chars(text) {
    return Array.from(text);
  }

  /* Lower case without accents, punctuation or articles: "The Élysée!" -> "elysee". */
  function normalise(text) {
    text = String(text).normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
    text = text.replace(/['\u2019\u2018`]/g, "");  // apostrophes join: "al-Megrahi's" -> "al megrahis"
    text = text.replace(/(?<![\p{L}\p{N}_])([\p{L}\p{N}_])\./gu, "$1");  // initialisms: "U.N." -> "un"
    var parts = text.replace(/[^\p{L}\p{N}\p{M}_]+/gu, " ").replace(/_/g, " ").split(" ");
    return parts.filter(function (w) { return w && !ARTICLES[w]; }).join(" ");
  }

  /* Typos forgiven in one word: none in numbers or words of up to 4 letters ("John" /
     "Jon" are two names), one up to 8 letters, else two. */
  function allowedEdits(word) {
    var n = chars(word).length;
    if (/\p{Nd}/u.test(word) || n <= 4) return 0;
    return n <= 8 ? 1 : 2;
  }

  /* Optimal string alignment distance: insertions, deletions, substitutions, swaps. */
  function osa(a, b) {
    a = chars(a); b = chars(b);
    var d = [], i, j;
    for (i = 0; i <= a.length; i++) { d.push([i]); }
    for (j = 1; j <= b.length; j++) { d[0][j] = j; }
    for (i = 1; i <= a.length; i++) {
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length][b.length];
  }

  /* Edits between two normalised answers if every word is within its allowance, else
     null. Words must start with the same letter: different names often differ there
     ("Jim" / "Tim") while a typo rarely does. */
  function typoDistance(given, expected) {
    var g = words(given), e = words(expected);
    if (g.length !== e.length) {
      // A missing or extra space ("newyork") is one typo when the letters agree.
      return given.replace(/ /g, "") === expected.replace(/ /g, "") ? 1 : null;
    }
    var total = 0;
    for (var k = 0; k < g.length; k++) {
      if (g[k] === e[k]) continue;
      var dist = osa(g[k], e[k]);
      if (chars(g[k])[0] !== chars(e[k])[0] || dist > allowedEdits(e[k])) return null;
      total += dist;
    }
    return total;
  }

  var MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

  function monthOf(word) {
    // A month written out or abbreviated, forgiving typos after its third letter ("Novmber").
    if (word.length >= 3 && MONTHS.indexOf(word.slice(0, 3)) >= 0 && /^\p{L}+$/u.test(word)) {
      return MONTHS.indexOf(word.slice(0, 3)) + 1;
    }
    return null;
  }

  function validDate(y, mo, d) {
    var m = mo || 1, day = d || 1;
    if (y < 1 || y > 9999 || m < 1 || m > 12) return null;
    var probe = new Date(Date.UTC(2000, m - 1, day));  // 2000 is a leap year: only Feb 29 needs the real one
    if (probe.getUTCMonth() !== m - 1 || (m === 2 && day === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)))) {
      return null;
    }
    return [y, mo, d];
  }

  /* [year, month, day] of a written date ("2021-11-24", "24 Nov 2021", "November 24,
     2021", "24/11/2021", "May 2000"), month and day possibly null; null if not a date. */
  function parseDate(text) {
    text = String(text).trim().toLowerCase();
    var m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text);
    var num = function (g) { return g ? parseInt(g, 10) : null; };
    if (m) return validDate(num(m[1]), num(m[2]), num(m[3]));
    m = /^(\d{1,2})[\/.](\d{1,2})[\/.](\d{4})$/.exec(text);
    if (m) return validDate(num(m[3]), num(m[2]), num(m[1]));
    var ws = text.replace(/[,.]/g, " ").split(" of ").join(" ").split(/\s+/).filter(Boolean);
    var year = null, month = null, day = null;
    for (var k = 0; k < ws.length; k++) {
      var w = ws[k], mo = monthOf(w), o = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(w);
      if (mo !== null && month === null) month = mo;
      else if (/^\d{4}$/.test(w) && year === null) year = parseInt(w, 10);
      else if (o && day === null) day = parseInt(o[1], 10);
      else return null;
    }
    if (year === null || (day !== null && month === null)) return null;
    return validDate(year, month, day);
  }

  /* Every part the expected date states must be given and equal ("12 May 2000" counts
     for "May 2000": the article does not contradict it). */
  function sameDate(given, expected) {
    return expected.every(function (e, k) { return e === null || given[k] === e; });
  }

  function surname(name) {
    var ws = words(normalise(name));
    return ws.length ? ws[ws.length - 1] : "";
  }

  /* The verdict on a typed answer: {verdict, typed, meant, note}. "meant" is the spelling
     the answer was nearly, for "almost". */
  function gradeText(answer, expected, accept, others, names) {
    var given = normalise(answer);
    if (!given) return { verdict: WRONG, note: "no answer" };
    var targets = [expected].concat(accept || []);
    var norm = targets.map(normalise);
    if (norm.indexOf(given) >= 0) return { verdict: RIGHT };
    var gd = parseDate(answer);
    for (var k = 0; k < targets.length; k++) {
      var td = parseDate(targets[k]);
      if (gd && td && sameDate(gd, td)) return { verdict: RIGHT };
    }
    if (gd && targets.some(function (t) { return parseDate(t); })) return { verdict: WRONG };
    // A surname alone ("Salmond" for "Alex Salmond") when no other person shares it.
    if (words(given).length === 1 && words(normalise(expected)).length > 1) {
      var sur = surname(expected);
      if (given === sur || typoDistance(given, sur) !== null) {
        var full = normalise(expected);
        var namesakes = (names || []).filter(function (n) {
          var m = normalise(n);
          // "Current UK Prime Minister David Cameron" is the same person as "David Cameron".
          return surname(n) === sur && !(m.endsWith(full) || full.endsWith(m));
        });
        if (namesakes.length) {
          return { verdict: WRONG, note: "More than one person here is called " + answer.trim() + "." };
        }
        if (given === sur) return { verdict: RIGHT };
        var ew = expected.trim().split(/\s+/);
        return { verdict: ALMOST, typed: answer.trim(), meant: ew[ew.length - 1] };
      }
    }
    var best = null;
    for (k = 0; k < targets.length; k++) {
      var dist = typoDistance(given, norm[k]);
      if (dist !== null && (best === null || dist < best[0])) best = [dist, targets[k]];
    }
    if (best === null) return { verdict: WRONG };
    for (k = 0; k < (others || []).length; k++) {
      var o = normalise(others[k]), od = typoDistance(given, o);
      if (od !== null && od <= best[0] && norm.indexOf(o) < 0) return { verdict: WRONG };
    }
    return { verdict: ALMOST, typed: answer.trim(), meant: best[1] };
  }

  /* Whole percent, halves rounded up (2/3 -> 67), as the terminal quiz prints it. */
  function percent(right, total) {
    return total ? Math.floor(100 * right / total + 0.5) : 0;
  }

  window.quizgen = { normalise: normalise, gradeText: gradeText, parseDate: parseDate, percent: percent };

  /* ------------------------------------------------------------------ the page */

  var dataNode = document.getElementById("quiz-data");
  if (!dataNode) return;
  var DATA = JSON.parse(dataNode.textContent);
  var QUESTIONS = DATA.questions;
  var quizNode = document.getElementById("quiz");
  var TYPE_NAMES = {
    cloze: "Fill in the blank", mcq: "Multiple choice", true_false: "True or false",
    who_said: "Who said it?", matching: "Matching", timeline: "Timeline", short_answer: "Short answer"
  };
  var HINTS = {
    timeline: "Earliest at the top: move an event with its \u2191 (up) and \u2193 (down) buttons."
  };

  /* An element with attributes and children; strings become text nodes, never markup. */
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (attrs[k] !== null && attrs[k] !== undefined && attrs[k] !== false) node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      if (c !== null && c !== undefined) node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }

  /* ---- progress in localStorage: {answers: {id: value}, checked: {id: true}, finished} */

  function freshState() {
    return { v: 1, answers: {}, checked: {}, finished: false };
  }

  function loadState() {
    try {
      var saved = JSON.parse(window.localStorage.getItem(DATA.key) || "null");
      if (saved && saved.v === 1 && saved.answers && saved.checked) return saved;
    } catch (e) { /* storage may be off (private mode, file:// rules): play without it */ }
    return freshState();
  }

  function saveState() {
    try { window.localStorage.setItem(DATA.key, JSON.stringify(state)); } catch (e) { /* see loadState */ }
  }

  var state = loadState();
  var views = [];  // per question: {q, section, form, feedback, button, read(), write(value)}

  function announce(text) {
    var live = document.getElementById("announce");
    live.textContent = "";
    window.setTimeout(function () { live.textContent = text; }, 30);
  }

  /* ---- building the questions */

  function promptNode(q, id) {
    var p = el("p", { "class": "prompt", id: id });
    // The blank of a cloze prompt is drawn as a line, still read as "blank".
    var parts = q.type === "cloze" ? q.prompt.split(/_{3,}/) : [q.prompt];
    parts.forEach(function (part, k) {
      if (k > 0) p.appendChild(el("span", { "class": "blank", role: "img", "aria-label": "blank", text: "_____" }));
      p.appendChild(document.createTextNode(part));
    });
    return p;
  }

  function choiceBody(q, n, view) {
    var legendId = "q" + n + "-prompt";
    var fieldset = el("fieldset", { "class": "options" }, [el("legend", {}, [promptNode(q, legendId)])]);
    var inputs = q.options.map(function (option, k) {
      var input = el("input", { type: "radio", name: "q" + n, id: "q" + n + "-o" + k, value: String(k) });
      fieldset.appendChild(el("label", { "class": "option", "for": input.id }, [input, el("span", { text: option })]));
      return input;
    });
    view.read = function () {
      var k = inputs.findIndex(function (i) { return i.checked; });
      return k < 0 ? null : q.options[k];
    };
    view.write = function (value) {
      inputs.forEach(function (input, k) { input.checked = q.options[k] === value; });
    };
    view.controls = inputs;
    view.mark = function () {  // after checking: the right option, and a wrong pick, marked beside the text
      inputs.forEach(function (input, k) {
        var label = input.parentNode, right = q.options[k] === q.answerText;
        if (right) label.classList.add("is-answer");
        if (input.checked && !right) label.classList.add("is-wrong");
        if (right || (input.checked && !right)) {
          label.appendChild(el("span", { "class": "mark", text: right ? "\u2713 answer" : "\u2717 your pick" }));
        }
      });
    };
    return fieldset;
  }

  function textBody(q, n, view) {
    var input = el("input", {
      type: "text", id: "q" + n + "-answer", autocomplete: "off", autocapitalize: "off",
      spellcheck: "false", "aria-describedby": "q" + n + "-prompt"
    });
    view.read = function () { return input.value.trim() ? input.value : null; };
    view.write = function (value) { input.value = value || ""; };
    view.controls = [input];
    return el("div", { "class": "typed" }, [
      promptNode(q, "q" + n + "-prompt"),
      el("label", { "for": input.id, text: q.type === "cloze" ? "The missing words" : "Your answer" }), input
    ]);
  }

  function matchingBody(q, n, view) {
    var fieldset = el("fieldset", { "class": "matching" }, [el("legend", {}, [promptNode(q, "q" + n + "-prompt")])]);
    var selects = q.lefts.map(function (left, k) {
      var select = el("select", { id: "q" + n + "-m" + k }, [el("option", { value: "", text: "Choose\u2026" })]);
      q.rights.forEach(function (right, j) { select.appendChild(el("option", { value: String(j), text: right })); });
      fieldset.appendChild(el("div", { "class": "pair" }, [el("label", { "for": select.id, text: left }), select]));
      return select;
    });
    // On paper a select shows nothing to choose from: the printout lists the options instead.
    fieldset.appendChild(el("ul", { "class": "print-only" }, q.rights.map(function (r) { return el("li", { text: r }); })));
    view.read = function () {
      var picked = selects.map(function (s) { return s.value === "" ? null : q.rights[Number(s.value)]; });
      return picked.some(function (p) { return p !== null; }) ? picked : null;
    };
    view.write = function (value) {
      selects.forEach(function (s, k) {
        var j = value ? q.rights.indexOf(value[k]) : -1;
        s.value = j < 0 ? "" : String(j);
      });
    };
    view.controls = selects;
    view.mark = function () {
      selects.forEach(function (select, k) {
        var truth = q.answer.filter(function (pair) { return pair[0] === q.lefts[k]; })[0];
        var ok = truth && select.value !== "" && q.rights[Number(select.value)] === truth[1];
        select.parentNode.classList.add(ok ? "is-answer" : "is-wrong");
        select.parentNode.querySelector("label").appendChild(el("span", { "class": "mark", text: ok ? " \u2713" : " \u2717" }));
      });
    };
    return fieldset;
  }

  function timelineBody(q, n, view) {
    var list = el("ol", { "class": "timeline", id: "q" + n + "-order" });
    var fieldset = el("fieldset", { "class": "order" }, [el("legend", {}, [promptNode(q, "q" + n + "-prompt")]), list]);
    var rows = {};

    function move(item, step, button) {
      var row = rows[item], target = step < 0 ? row.previousElementSibling : row.nextElementSibling;
      if (!target) {
        announce("\u201c" + item + "\u201d is already " + (step < 0 ? "first." : "last."));
        return;
      }
      list.insertBefore(row, step < 0 ? target : target.nextElementSibling);
      button.focus();
      var pos = Array.prototype.indexOf.call(list.children, row) + 1;
      announce("\u201c" + item + "\u201d moved to position " + pos + " of " + q.items.length + ".");
      state.answers[q.id] = view.read();
      saveState();
    }

    q.items.forEach(function (item) {
      var up = el("button", { type: "button", "class": "move", "aria-label": "Move up: " + item, title: "Move up", text: "\u2191" });
      var down = el("button", { type: "button", "class": "move", "aria-label": "Move down: " + item, title: "Move down", text: "\u2193" });
      up.addEventListener("click", function () { move(item, -1, up); });
      down.addEventListener("click", function () { move(item, 1, down); });
      rows[item] = el("li", {}, [el("span", { "class": "item", text: item }), el("span", { "class": "moves" }, [up, down])]);
      list.appendChild(rows[item]);
    });
    view.read = function () {
      return Array.prototype.map.call(list.children, function (li) { return li.querySelector(".item").textContent; });
    };
    view.write = function (value) {
      var order = value && value.length === q.items.length && value.every(function (v) { return rows[v]; }) ? value : q.items;
      order.forEach(function (item) { list.appendChild(rows[item]); });
    };
    view.controls = Array.prototype.slice.call(list.querySelectorAll("button"));
    view.mark = function () {
      view.read().forEach(function (item, k) {
        var ok = q.answer[k] === item;
        rows[item].classList.add(ok ? "is-answer" : "is-wrong");
        rows[item].appendChild(el("span", { "class": "mark", text: ok ? "\u2713" : "\u2717" }));
      });
    };
    return fieldset;
  }

  function buildQuestion(q, n) {
    var view = { q: q, n: n };
    var body = q.type === "matching" ? matchingBody(q, n, view)
      : q.type === "timeline" ? timelineBody(q, n, view)
      : (q.type === "cloze" || q.type === "short_answer") ? textBody(q, n, view)
      : choiceBody(q, n, view);
    var headingId = "q" + n + "-heading";
    var button = el("button", { type: "submit", "class": "check primary", text: "Check" });
    if (HINTS[q.type]) {  // under the question, before the controls
      (body.querySelector("legend") || body.querySelector(".prompt")).after(el("p", { "class": "hint", text: HINTS[q.type] }));
    }
    var form = el("form", { novalidate: "novalidate", "aria-labelledby": headingId }, [
      body,
      el("div", { "class": "actions" }, [button])
    ]);
    var feedback = el("div", { "class": "feedback", id: "q" + n + "-feedback", role: "status", "aria-live": "polite" });
    var section = el("section", { "class": "question", "data-question-id": q.id, "aria-labelledby": headingId }, [
      el("h2", { id: headingId }, [
        el("span", { "class": "number", text: "Question " + (n + 1) + " of " + QUESTIONS.length }),
        el("span", { "class": "type", text: TYPE_NAMES[q.type] || q.type })
      ]),
      form, feedback
    ]);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      check(view, true);
    });
    form.addEventListener("change", function () { remember(view); });
    form.addEventListener("input", function () { remember(view); });
    view.section = section; view.form = form; view.feedback = feedback; view.button = button;
    return view;
  }

  function remember(view) {
    if (state.checked[view.q.id]) return;
    var value = view.read();
    if (value === null) delete state.answers[view.q.id];
    else state.answers[view.q.id] = value;
    saveState();
  }

  /* ---- grading one question */

  function grade(q, value) {
    if (value === null || value === undefined) return { verdict: WRONG, note: "No answer." };
    if (q.type === "cloze" || q.type === "short_answer") {
      return gradeText(value, q.answerText, q.accept, q.others, q.names);
    }
    if (q.type === "matching") {
      var right = q.lefts.filter(function (left, k) {
        return q.answer.some(function (pair) { return pair[0] === left && pair[1] === value[k]; });
      }).length;
      return right === q.lefts.length ? { verdict: RIGHT }
        : { verdict: WRONG, note: right + " of " + q.lefts.length + " pairs right." };
    }
    if (q.type === "timeline") {
      var placed = value.filter(function (item, k) { return q.answer[k] === item; }).length;
      return placed === q.answer.length ? { verdict: RIGHT }
        : { verdict: WRONG, note: placed + " of " + q.answer.length + " in the right place." };
    }
    return { verdict: value === q.answerText ? RIGHT : WRONG };
  }

  function shown(q, value) {
    if (value === null || value === undefined) return "(no answer)";
    if (q.type === "matching") {
      return q.lefts.map(function (left, k) { return left + " \u2192 " + (value[k] || "(none)"); }).join("; ");
    }
    return Array.isArray(value) ? value.join("; ") : String(value);
  }

  function answerNode(q) {
    if (q.type === "matching") {
      return el("ul", { "class": "key" }, q.answer.map(function (pair) {
        return el("li", {}, [el("strong", { text: pair[0] }), " \u2192 " + pair[1]]);
      }));
    }
    if (q.type === "timeline") {
      return el("ol", { "class": "key" }, q.answer.map(function (item) { return el("li", { text: item }); }));
    }
    return el("strong", { text: q.answerText });
  }

  function sourceNode(q) {
    var s = q.source;
    var cite = s.url ? el("a", { href: s.url, rel: "noopener noreferrer", target: "_blank" }, [el("cite", { text: s.article })])
      : el("cite", { text: s.article });
    return el("figure", { "class": "source" }, [
      el("blockquote", {}, s.sentences.map(function (line) { return el("p", { text: line }); })),
      el("figcaption", {}, ["\u2014 ", cite, s.date ? ", " : null, s.date ? el("span", { "class": "date", text: s.date }) : null])
    ]);
  }

  var VERDICT_TEXT = { right: "\u2713 Right!", almost: "\u2248 Almost right \u2014 it counts.", wrong: "\u2717 Not quite." };

  function showFeedback(view, result, value) {
    var q = view.q, box = view.feedback;
    box.textContent = "";
    box.className = "feedback " + result.verdict;
    box.appendChild(el("p", { "class": "verdict", text: VERDICT_TEXT[result.verdict] }));
    if (result.verdict === ALMOST) {
      box.appendChild(el("p", {}, ["You typed \u201c" + result.typed + "\u201d; the spelling is \u201c", el("strong", { text: result.meant }), "\u201d."]));
    }
    if (result.note) box.appendChild(el("p", { "class": "note", text: result.note }));
    if (result.verdict === WRONG) {
      // Options, pairs and events carry their own marks; a typed answer is repeated here.
      if (value !== null && value !== undefined && !view.mark) {
        box.appendChild(el("p", { "class": "yours", text: "Your answer: " + shown(q, value) }));
      }
      box.appendChild(el("div", { "class": "answer" }, [el("span", { text: "The answer: " }), answerNode(q)]));
    }
    if (q.explanation) box.appendChild(el("p", { "class": "explanation", text: q.explanation }));
    box.appendChild(sourceNode(q));
  }

  function lock(view) {
    view.controls.forEach(function (c) { c.disabled = true; });
    view.button.textContent = "Checked";
    view.button.setAttribute("aria-disabled", "true");
    view.section.classList.add("done");
    if (view.mark) view.mark();
  }

  /* Check one question. From the Check button an empty answer only asks for one; at the
     end (fromButton false) it counts as wrong. */
  function check(view, fromButton) {
    var q = view.q;
    if (state.checked[q.id]) return;
    var value = view.read();
    if (value === null && fromButton) {
      view.feedback.className = "feedback prompt-answer";
      view.feedback.textContent = q.type === "matching" ? "Choose a match first." :
        (q.type === "cloze" || q.type === "short_answer") ? "Type an answer first." : "Choose an answer first.";
      return;
    }
    if (value === null) delete state.answers[q.id];
    else state.answers[q.id] = value;
    state.checked[q.id] = true;
    saveState();
    showFeedback(view, grade(q, value), value);
    lock(view);
    updateProgress();
    if (fromButton && views.every(function (v) { return state.checked[v.q.id]; })) finish(false);
  }

  /* ---- progress, score and the missed list */

  function tally() {
    var checked = 0, right = 0, missed = [];
    views.forEach(function (v) {
      if (!state.checked[v.q.id]) return;
      checked += 1;
      var value = state.answers[v.q.id];
      var result = grade(v.q, value === undefined ? null : value);
      if (result.verdict === WRONG) missed.push({ view: v, value: value });
      else right += 1;
    });
    return { checked: checked, right: right, missed: missed };
  }

  function updateProgress() {
    var t = tally();
    document.getElementById("progress").textContent =
      t.checked + " of " + views.length + " checked \u00b7 " + t.right + " right";
    if (!state.finished) {
      document.getElementById("score").textContent = "Check every question, or press \u201cShow my score\u201d to finish now.";
    }
  }

  function finish(moveFocus) {
    views.forEach(function (v) { check(v, false); });
    state.finished = true;
    saveState();
    var t = tally(), total = views.length;
    var score = document.getElementById("score");
    score.textContent = "Score: " + t.right + "/" + total + " (" + percent(t.right, total) + "%)";
    var missed = document.getElementById("missed");
    missed.textContent = "";
    if (!t.missed.length) {
      missed.appendChild(el("p", { text: "No mistakes \u2014 well done!" }));
    } else {
      missed.appendChild(el("h3", { text: "Questions to look at again" }));
      missed.appendChild(el("ol", { "class": "missed" }, t.missed.map(function (m) {
        var q = m.view.q;
        return el("li", {}, [
          el("p", { "class": "missed-prompt" }, [
            el("a", { href: "#" + m.view.section.id, text: "Question " + (m.view.n + 1) }), ": " + q.prompt
          ]),
          el("p", { text: "Your answer: " + shown(q, m.value) }),
          el("div", { "class": "answer" }, [el("span", { text: "The answer: " }), answerNode(q)]),
          sourceNode(q)
        ]);
      })));
    }
    document.getElementById("finish").hidden = true;
    updateProgress();
    if (moveFocus) {
      document.getElementById("score-section").scrollIntoView();
      score.focus();
    }
  }

  function build() {
    quizNode.textContent = "";
    views = QUESTIONS.map(function (q, n) {
      var view = buildQuestion(q, n);
      view.section.id = "question-" + (n + 1);
      quizNode.appendChild(view.section);
      return view;
    });
    document.getElementById("missed").textContent = "";
    document.getElementById("finish").hidden = false;
    views.forEach(function (v) {
      var value = state.answers[v.q.id];
      if (value !== undefined) v.write(value);
      if (state.checked[v.q.id]) {
        showFeedback(v, grade(v.q, value === undefined ? null : value), value === undefined ? null : value);
        lock(v);
      }
    });
    updateProgress();
    if (state.finished) finish(false);
  }

  document.getElementById("finish").addEventListener("click", function () { finish(true); });
  document.getElementById("restart").addEventListener("click", function () {
    state = freshState();
    saveState();
    build();
    window.scrollTo(0, 0);
    var first = views.length ? views[0].controls[0] : null;
    if (first) first.focus();
    announce("The quiz starts again: all answers cleared.");
  });
  document.getElementById("score").setAttribute("tabindex", "-1");
  build();
})();
