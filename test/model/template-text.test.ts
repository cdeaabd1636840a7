// Template text left in place: the marked lines of a template, found again in a leaflet by their whole line.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { diagnosticOf } from '../../src/diagnostics/messages.js';
import { checkTemplateText, placeholdersOf, templatesFolder, withoutMarkers } from '../../src/model/template-text.js';
import { root } from '../helpers/build.js';

const template = ['---', 'title: {{replace: 在这里写标题}}', 'event:', '  venue:', '    name: {{replace: 在这里写活动地点}}', 'date: {{today}}', '---', '', '{{replace: 在这里写第一段正文。}}', ''].join('\n');

const report = (text: string) => {
  const file = new VFile({ path: 'x.md', value: text });
  checkTemplateText(file, placeholdersOf(template));
  return file.messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.ruleId}: ${m.reason}`);
};

describe('template text', () => {
  it('is written by leaflet new without its markers, other fields left as they are', () => {
    expect(withoutMarkers(template)).toBe(['---', 'title: 在这里写标题', 'event:', '  venue:', '    name: 在这里写活动地点', 'date: {{today}}', '---', '', '在这里写第一段正文。', ''].join('\n'));
    expect(placeholdersOf(template)).toEqual([
      { line: 'title: 在这里写标题', text: '在这里写标题', offset: 7 },
      { line: 'name: 在这里写活动地点', text: '在这里写活动地点', offset: 6 },
      { line: '在这里写第一段正文。', text: '在这里写第一段正文。', offset: 0 },
    ]);
  });

  it('is a warning at the place of each text still in place, whatever the indent', () => {
    const leaflet = ['---', 'title: 在这里写标题', 'event:', '    venue:', '        name: 在这里写活动地点', '---', '', '在这里写第一段正文。'].join('\n');
    expect(report(leaflet)).toEqual([
      "2:8 warning template-text: the template's example text '在这里写标题' is still here",
      "5:15 warning template-text: the template's example text '在这里写活动地点' is still here",
      "8:1 warning template-text: the template's example text '在这里写第一段正文。' is still here",
    ]);
  });

  it('is said in Chinese, with what to do', () => {
    const file = new VFile({ path: 'x.md', value: 'title: 在这里写标题\n' });
    checkTemplateText(file, placeholdersOf(template));
    expect(diagnosticOf(file.messages[0]!, 'zh-CN')).toMatchObject({ reason: '模板里的示例文字“在这里写标题”还没有换掉', hint: '请换成自己的内容' });
  });

  it('is not reported once the line is changed, even with the example text still on it', () => {
    expect(report(['title: 雷诺现象', '    name: 在这里写活动地点：成都市社区活动中心', '在这里写第一段正文。然后写了自己的话。', '# 在这里写标题'].join('\n'))).toEqual([]);
  });

  it('is marked in every template of leaflet new: no line that asks to be replaced is left unmarked', () => {
    const dir = path.join(root, templatesFolder);
    const files = readdirSync(dir).filter((name) => name.endsWith('.md'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const name of files) {
      const text = readFileSync(path.join(dir, name), 'utf8');
      const marked = placeholdersOf(text).map((p) => p.line);
      expect(marked.length, name).toBeGreaterThan(0);
      // Comments explain; a value or a text line that says "write … here" is example text.
      const asking = withoutMarkers(text)
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => !line.startsWith('#') && /在这里|Write .* here|Say in/.test(line));
      expect(asking.filter((line) => !marked.includes(line)), name).toEqual([]);
    }
  });
});
