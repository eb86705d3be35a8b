/*
 * tpl.cc - the extern "C" bridge to ctemplate; the only C++ in Leefbaar.
 *
 * Kept as thin as possible: a frozen TemplateCache of our own, dictionaries
 * handed to C as opaque pointers, and an emitter that appends to struct buf.
 */
#include "render/tpl.h"

extern "C" {
#include "lib/buf.h"
#include "lib/log.h"
}

#include <ctemplate/template.h>
#include <ctemplate/template_cache.h>
#include <ctemplate/template_dictionary.h>
#include <ctemplate/template_emitter.h>

#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

namespace {

const ctemplate::Strip kStrip = ctemplate::STRIP_BLANK_LINES;
const char kAutoescape[] = "{{%AUTOESCAPE context=\"HTML\"}}";

ctemplate::TemplateCache *cache;
std::vector<std::string> *names;

class BufEmitter : public ctemplate::ExpandEmitter {
public:
	explicit BufEmitter(struct buf *b) : b_(b) {}
	void Emit(char c) override { buf_addch(b_, c); }
	void Emit(const std::string &s) override { buf_add(b_, s.data(), s.size()); }
	void Emit(const char *s) override { buf_addstr(b_, s); }
	void Emit(const char *s, size_t n) override { buf_add(b_, s, n); }

private:
	struct buf *b_;
};

ctemplate::TemplateDictionary *D(struct tpl_dict *d)
{
	return reinterpret_cast<ctemplate::TemplateDictionary *>(d);
}

struct tpl_dict *C(ctemplate::TemplateDictionary *d)
{
	return reinterpret_cast<struct tpl_dict *>(d);
}

bool starts_with_autoescape(const std::string &path)
{
	std::ifstream f(path.c_str(), std::ios::binary);
	std::string first;
	std::getline(f, first);
	return first == kAutoescape;
}

} // namespace

extern "C" int tpl_init(const char *dir)
{
	tpl_shutdown();
	cache = new ctemplate::TemplateCache();
	names = new std::vector<std::string>();
	if (!cache->SetTemplateRootDirectory(dir))
		return log_error("templates: cannot use directory %s", dir);
	DIR *d = opendir(dir);
	if (!d)
		return log_error("templates: cannot open %s", dir);
	while (struct dirent *e = readdir(d)) {
		size_t n = strlen(e->d_name);
		if (n > 4 && !strcmp(e->d_name + n - 4, ".tpl"))
			names->push_back(e->d_name);
	}
	closedir(d);
	std::sort(names->begin(), names->end());
	for (const std::string &name : *names) {
		std::string path = std::string(dir) + "/" + name;
		if (!starts_with_autoescape(path))
			return log_error("templates: %s does not start with %s", path.c_str(), kAutoescape);
		if (!cache->LoadTemplate(name, kStrip))
			return log_error("templates: %s does not parse", path.c_str());
	}
	cache->Freeze();
	return 0;
}

extern "C" void tpl_shutdown(void)
{
	delete cache;
	cache = nullptr;
	delete names;
	names = nullptr;
}

extern "C" size_t tpl_count(void)
{
	return names ? names->size() : 0;
}

extern "C" const char *tpl_name(size_t i)
{
	return names && i < names->size() ? (*names)[i].c_str() : nullptr;
}

extern "C" struct tpl_dict *tpl_dict_new(void)
{
	return C(new ctemplate::TemplateDictionary("page"));
}

extern "C" void tpl_dict_free(struct tpl_dict *d)
{
	delete D(d);
}

extern "C" void tpl_set(struct tpl_dict *d, const char *key, const char *value)
{
	D(d)->SetValue(key, value ? value : "");
}

extern "C" void tpl_set_int(struct tpl_dict *d, const char *key, long long value)
{
	char s[32];
	snprintf(s, sizeof(s), "%lld", value);
	D(d)->SetValue(key, s);
}

extern "C" void tpl_setf(struct tpl_dict *d, const char *key, const char *fmt, ...)
{
	struct buf b = BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	buf_vaddf(&b, fmt, ap);
	va_end(ap);
	D(d)->SetValue(key, ctemplate::TemplateString(b.buf, b.len));
	buf_release(&b);
}

extern "C" void tpl_show(struct tpl_dict *d, const char *section)
{
	D(d)->ShowSection(section);
}

extern "C" struct tpl_dict *tpl_section(struct tpl_dict *d, const char *section)
{
	return C(D(d)->AddSectionDictionary(section));
}

extern "C" struct tpl_dict *tpl_include(struct tpl_dict *d, const char *name, const char *file)
{
	ctemplate::TemplateDictionary *child = D(d)->AddIncludeDictionary(name);
	child->SetFilename(file);
	return C(child);
}

extern "C" int tpl_expand(const char *file, struct tpl_dict *d, struct buf *out)
{
	size_t old = out->len;

	if (!cache)
		return log_error("templates: not loaded");
	BufEmitter e(out);
	if (!cache->ExpandNoLoad(file, kStrip, D(d), nullptr, &e)) {
		/* ctemplate may have written part of the page before failing. */
		out->len = old;
		out->buf[old] = '\0';
		return log_error("templates: cannot expand %s", file);
	}
	return 0;
}
