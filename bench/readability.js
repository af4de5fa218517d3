// bench/readability.js - Mozilla Readability + jsdom on one page (the peer
// bench/extract compares with).  Prints the article text like --text does.
'use strict';
const fs = require('fs');
const { JSDOM } = require('jsdom');
const { Readability } = require('@mozilla/readability');
const html = fs.readFileSync(process.argv[2]);
const dom = new JSDOM(html, { url: 'https://example.org/' });
const article = new Readability(dom.window.document).parse();
if (article) process.stdout.write((article.title || '') + '\n\n' + (article.textContent || '') + '\n');
