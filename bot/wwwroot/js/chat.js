// The browser chat's own script: the live transcript (server-sent events from /chat/events, resumed after the last
// event id, so a reconnect shows nothing twice and loses nothing), posts without reloading, images enlarged on a tap.
// Every text from the server is set with textContent, never as HTML. Without this script the page still works as forms.
(() => {
    'use strict';
    const log = document.getElementById('log');
    if (!log) return;
    document.body.classList.add('js');

    const pageLang = document.documentElement.dataset.lang;
    const status = document.getElementById('status');
    const sendForm = document.getElementById('send');
    const pressForm = document.getElementById('press');
    const uploadForm = document.getElementById('upload');
    const messageBox = document.getElementById('message');
    const fileInput = document.getElementById('file');
    const lightbox = document.getElementById('lightbox');
    const texts = log.dataset;
    let last = Number(texts.seq || 0);
    let source = null;

    const say = (sentence) => { status.textContent = sentence || ''; };

    const nearBottom = () => log.scrollHeight - log.scrollTop - log.clientHeight < 80;
    const toBottom = () => { log.scrollTop = log.scrollHeight; };
    // Whether the reader follows the newest message: true until they scroll up to read. Kept from their scrolling,
    // not measured when a message arrives, because a photo that loads after it was drawn grows the log below the fold.
    // Only the reader scrolling up stops it: a scroll event arrives a frame late, when a photo may already have grown
    // the log, so "not near the bottom" alone would also stop it after the page's own scroll to the bottom.
    let stick = true;
    let lastTop = log.scrollTop;
    log.addEventListener('scroll', () => {
        if (nearBottom()) stick = true;
        else if (log.scrollTop < lastTop) stick = false;
        lastTop = log.scrollTop;
    }, { passive: true });
    log.addEventListener('load', (event) => { if (event.target.tagName === 'IMG' && stick) toBottom(); }, true);

    // The same structure as Pages/Chat/_Message.cshtml.
    function draw(m) {
        const box = document.createElement('div');
        box.className = 'msg ' + (m.me ? 'me' : 'bot');
        box.dataset.id = String(m.id);
        const who = document.createElement('span');
        who.className = 'visually-hidden';
        who.textContent = m.who;
        box.append(who);
        if (m.url && m.image) {
            const link = document.createElement('a');
            link.className = 'shot';
            link.href = m.url;
            link.target = '_blank';
            link.rel = 'noopener';
            const img = document.createElement('img');
            img.src = m.url;
            img.alt = m.text || m.who;
            link.append(img);
            box.append(link);
        } else if (m.url) {
            const link = document.createElement('a');
            link.className = 'file';
            link.href = m.url;
            link.setAttribute('download', '');
            link.textContent = m.link;
            box.append(link);
        }
        if (m.text) {
            const p = document.createElement('p');
            p.className = 'text';
            // The server split the text into plain pieces and http(s) addresses (LinkedText); each is set as text.
            for (const part of (m.parts && m.parts.length ? m.parts : [{ text: m.text }])) {
                if (part.href) {
                    const a = document.createElement('a');
                    a.href = part.href;
                    a.target = '_blank';
                    a.rel = 'noopener noreferrer';
                    a.textContent = part.text;
                    p.append(a);
                } else p.append(document.createTextNode(part.text));
            }
            box.append(p);
        }
        if (m.buttons && m.buttons.length) {
            const buttons = document.createElement('div');
            buttons.className = 'buttons';
            for (const row of m.buttons) {
                const line = document.createElement('div');
                line.className = 'row';
                for (const b of row) {
                    const button = document.createElement('button');
                    button.type = 'submit';
                    button.setAttribute('form', 'press');
                    button.name = 'press';
                    button.value = b.value;
                    button.textContent = b.label;
                    line.append(button);
                }
                buttons.append(line);
            }
            box.append(buttons);
        }
        const time = document.createElement('time');
        time.textContent = m.time;
        box.append(time);
        return box;
    }

    function apply(m) {
        const follow = stick || m.me;
        const drawn = draw(m);
        const earlier = log.querySelector('.msg[data-id="' + CSS.escape(String(m.id)) + '"]');
        if (earlier) earlier.replaceWith(drawn);
        else {
            const empty = log.querySelector('.empty');
            if (empty) empty.remove();
            log.append(drawn);
        }
        if (m.seq > last) last = m.seq;
        if (follow) toBottom();
        // /lang switched the account's language: the page's own texts follow.
        if (m.lang && m.lang !== pageLang) location.reload();
    }

    function connect() {
        if (source) source.close();
        source = new EventSource('/chat/events?after=' + encodeURIComponent(String(last)));
        source.onopen = () => { say(''); document.body.dataset.live = 'on'; };
        source.onmessage = (event) => {
            try { apply(JSON.parse(event.data)); } catch (e) { console.warn('chat: an event could not be drawn', e); }
        };
        source.onerror = () => {
            // Network errors are retried by the browser itself; a refused stream (signed out, a proxy's 502) closes it.
            say(texts.reconnecting);
            document.body.dataset.live = 'off';
            if (source.readyState === EventSource.CLOSED) setTimeout(check, 3000);
        };
    }

    function check() {
        fetch('/chat/alive', { cache: 'no-store', credentials: 'same-origin' }).then((response) => {
            if (response.status === 401) location.reload();
            else if (response.ok) connect();
            else setTimeout(check, 3000);
        }, () => setTimeout(check, 3000));
    }

    async function post(form, data, controls) {
        controls.forEach((c) => { c.disabled = true; });
        try {
            const response = await fetch(form.action, {
                method: 'POST', body: data, credentials: 'same-origin', headers: { 'X-Requested-With': 'chat' },
            });
            if (response.status === 401) { location.reload(); return false; }
            if (!response.ok) {
                say(response.status === 400 || response.status === 429 ? await response.text() : texts.sendFailed);
                return false;
            }
            say('');
            stick = true; // whoever sends something wants to see the answer
            toBottom();
            return true;
        } catch (e) {
            say(texts.sendFailed);
            return false;
        } finally {
            controls.forEach((c) => { c.disabled = false; });
        }
    }

    sendForm.addEventListener('submit', async (event) => {
        event.preventDefault();
        if (messageBox.value.trim() === '') return;
        const data = new FormData(sendForm);
        const sent = await post(sendForm, data, [sendForm.querySelector('button')]);
        if (sent) messageBox.value = '';
        messageBox.focus();
    });

    pressForm.addEventListener('submit', (event) => {
        event.preventDefault();
        const pressed = event.submitter;
        if (!pressed) return;
        const siblings = Array.from(pressed.closest('.buttons').querySelectorAll('button'));
        post(pressForm, new FormData(pressForm, pressed), siblings);
    });

    fileInput.addEventListener('change', async () => {
        const file = fileInput.files && fileInput.files[0];
        if (!file) return;
        if (file.size > Number(texts.maxBytes)) {
            say(texts.tooLarge);
            fileInput.value = '';
            return;
        }
        await post(uploadForm, new FormData(uploadForm), [fileInput]);
        fileInput.value = '';
    });
    uploadForm.addEventListener('submit', (event) => {
        event.preventDefault();
        fileInput.dispatchEvent(new Event('change'));
    });

    // Charts are shown at the width of the message; a tap opens them at full size, another tap closes.
    const big = lightbox.querySelector('img');
    log.addEventListener('click', (event) => {
        const shot = event.target.closest('a.shot');
        if (!shot) return;
        event.preventDefault();
        big.src = shot.href;
        big.alt = shot.querySelector('img').alt;
        lightbox.hidden = false;
        lightbox.querySelector('.close').focus();
    });
    const close = () => { lightbox.hidden = true; big.removeAttribute('src'); };
    lightbox.addEventListener('click', close);
    document.addEventListener('keydown', (event) => { if (event.key === 'Escape' && !lightbox.hidden) close(); });

    toBottom();
    window.addEventListener('load', toBottom);
    connect();
})();
