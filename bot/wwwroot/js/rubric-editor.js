// 评分细则's table editor: one row per node of the rubric's tree (data-level 1 for a category, 2 its items, 3… below).
// Rows are moved, indented, added and deleted with their subtrees; each block's children's sum follows as points are
// typed; on 保存 the rows become the rubric's categories again (the rest of the rubric, and what a row does not edit,
// carried along unchanged) and the server checks it. Without this script the form saves the rubric as shown.
(() => {
    'use strict';
    const form = document.getElementById('editor-form');
    if (!form) return;
    const body = form.querySelector('#editor-table tbody');
    const json = document.getElementById('editor-json');
    const total = document.getElementById('editor-total');
    const template = body.rows.length > 0 ? body.rows[0].cloneNode(true) : null;

    const rows = () => Array.from(body.rows);
    const level = tr => Number(tr.dataset.level);
    const field = (tr, name) => tr.querySelector('.' + name);

    // Points as typed: "10", "10.5", "10分"; NaN when not a number.
    const points = tr => {
        const text = field(tr, 'points').value.trim().replace(/分$/, '');
        return text === '' ? NaN : Number(text);
    };
    const format = n => Number.isNaN(n) ? '?' : String(Math.round(n * 100) / 100);

    /** The row and every row below it at a deeper level. */
    const subtree = tr => {
        const all = rows();
        const out = [tr];
        for (let i = all.indexOf(tr) + 1; i < all.length && level(all[i]) > level(tr); i++) out.push(all[i]);
        return out;
    };
    const children = tr => subtree(tr).slice(1).filter(r => level(r) === level(tr) + 1);

    const setLevel = (tr, n) => {
        tr.dataset.level = String(n);
        field(tr, 'name').className = 'name depth-' + Math.min(n, 6);
    };

    function refresh() {
        const counters = [];
        let sum = 0;
        for (const tr of rows()) {
            const l = level(tr);
            counters.length = l;
            for (let i = 0; i < l - 1; i++) counters[i] = counters[i] || 1;
            counters[l - 1] = (counters[l - 1] || 0) + 1;
            tr.querySelector('td.number').textContent = counters.join('.');
            tr.classList.toggle('category', l === 1);
            const below = children(tr);
            const cell = tr.querySelector('td.sum');
            if (below.length === 0) {
                cell.textContent = '';
                cell.classList.remove('off');
            } else {
                const s = below.reduce((a, r) => a + points(r), 0);
                const own = points(tr);
                const differs = Number.isNaN(s) || Number.isNaN(own) || Math.abs(s - own) > 0.001;
                cell.textContent = format(s) + (differs ? ' ≠ ' + format(own) : ' ✓');
                cell.classList.toggle('off', differs);
                tr.classList.toggle('block', true);
            }
            if (below.length === 0) tr.classList.remove('block');
            if (l === 1) {
                const kept = JSON.parse(tr.dataset.kept || '{}');
                const own = points(tr);
                sum += kept.scaleTo != null && !Number.isNaN(own) && own > 0 ? kept.scaleTo : own;
            }
        }
        total.textContent = total.dataset.template.replace('{0}', format(sum));
    }

    function previousSibling(tr) {
        const all = rows();
        for (let i = all.indexOf(tr) - 1; i >= 0; i--) {
            if (level(all[i]) === level(tr)) return all[i];
            if (level(all[i]) < level(tr)) return null;
        }
        return null;
    }

    function nextSibling(tr) {
        const after = subtree(tr).at(-1).nextElementSibling;
        return after && level(after) === level(tr) ? after : null;
    }

    const operations = {
        up(tr) {
            const before = previousSibling(tr);
            if (before) for (const r of subtree(tr)) body.insertBefore(r, before);
        },
        down(tr) {
            const after = nextSibling(tr);
            if (after) for (const r of subtree(after)) body.insertBefore(r, tr);
        },
        out(tr) {
            if (level(tr) > 1) for (const r of subtree(tr)) setLevel(r, level(r) - 1);
        },
        in(tr) {
            const before = tr.previousElementSibling;
            if (before && level(before) >= level(tr)) for (const r of subtree(tr)) setLevel(r, level(r) + 1);
        },
        add(tr) {
            const row = template.cloneNode(true);
            row.dataset.kept = '{}';
            for (const input of row.querySelectorAll('input, textarea')) input.value = '';
            setLevel(row, level(tr));
            subtree(tr).at(-1).after(row);
            field(row, 'name').focus();
        },
        delete(tr) {
            for (const r of subtree(tr)) r.remove();
        },
    };

    body.addEventListener('click', e => {
        const button = e.target.closest('button[data-op]');
        if (!button) return;
        operations[button.dataset.op](button.closest('tr'));
        refresh();
    });
    body.addEventListener('input', refresh);

    // The rows back into the rubric's JSON: a row goes under the nearest row above it of a lower level.
    form.addEventListener('submit', () => {
        const rubric = JSON.parse(json.value);
        const categories = [];
        const stack = [];
        let group = '';
        for (const tr of rows()) {
            const l = level(tr);
            const node = Object.assign({}, JSON.parse(tr.dataset.kept || '{}'));
            node.name = field(tr, 'name').value.trim();
            const p = points(tr);
            node.max = Number.isNaN(p) ? 0 : p;
            // Criteria as written (their lines kept); only an empty one is dropped.
            const criteria = field(tr, 'criteria').value;
            if (criteria.trim()) node.criteria = criteria; else delete node.criteria;
            node.items = [];
            if (l === 1) {
                // A new category: the group of the one above, its whole name as its short name, no leaders' cap.
                node.group = node.group || group || node.name;
                node.alias = node.alias || node.name;
                node.leaderCap = node.leaderCap || 0;
                group = node.group;
                categories.push(node);
                stack.length = 0;
                stack.push(node);
            } else {
                stack.length = Math.min(stack.length, l - 1);
                const parent = stack.at(-1);
                if (!parent) continue;
                parent.items.push(node);
                stack.push(node);
            }
        }
        const prune = n => { if (n.items.length === 0) delete n.items; else n.items.forEach(prune); };
        categories.forEach(c => c.items.forEach(prune));
        rubric.categories = categories;
        json.value = JSON.stringify(rubric);
    });

    refresh();
})();
