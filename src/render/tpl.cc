/*
 * tpl.cc - the extern "C" bridge to ctemplate; the only C++ in Leefbaar.
 *
 * Kept as thin as possible: a frozen TemplateCache of our own, dictionaries
 * of our own (one arena per page) handed to C as opaque pointers, and an
 * emitter that appends to struct buf.
 */
#include "render/tpl.h"

extern "C" {
#include "lib/buf.h"
#include "lib/log.h"
}

#include <ctemplate/template.h>
#include <ctemplate/template_cache.h>
#include <ctemplate/template_dictionary_interface.h>
#include <ctemplate/template_emitter.h>
#include <ctemplate/template_string.h>

#include <dirent.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <algorithm>
#include <fstream>
#include <new>
#include <string>
#include <vector>

namespace ctemplate {
/*
 * Exported by libctemplate (friend of TemplateString, declared there only
 * as such): the id of a name as the template parser computes it, or the id
 * a TemplateString already carries.
 */
TemplateId GlobalIdForSTS_INIT(const TemplateString &s);
}

namespace {

const ctemplate::Strip kStrip = ctemplate::STRIP_BLANK_LINES;
const char kAutoescape[] = "{{%AUTOESCAPE context=\"HTML\"}}";

ctemplate::TemplateCache *cache;
std::vector<std::string> *names;

/*
 * ctemplate emits a page in thousands of small pieces (a text run, one
 * escaped character): append in place while there is room, and call
 * buf_add() only to grow. b.buf[b.len] stays NUL as buf.h promises.
 */
class BufEmitter : public ctemplate::ExpandEmitter {
public:
	explicit BufEmitter(struct buf *b) : b_(b) {}
	void Emit(char c) override { Emit(&c, 1); }
	void Emit(const std::string &s) override { Emit(s.data(), s.size()); }
	void Emit(const char *s) override { Emit(s, strlen(s)); }
	void Emit(const char *s, size_t n) override
	{
		if (b_->alloc > b_->len + n) {
			memcpy(b_->buf + b_->len, s, n);
			b_->len += n;
			b_->buf[b_->len] = '\0';
		} else {
			buf_add(b_, s, n);
		}
	}

private:
	struct buf *b_;
};

/*
 * Our own dictionary, in place of ctemplate::TemplateDictionary; the
 * expander asks only through TemplateDictionaryInterface.
 *
 * Why: TemplateDictionary builds a debugging name for every section it adds
 * ("page/CONTENT#1/ROW#17", with snprintf and std::string), registers every
 * key in a global id-to-name map under a lock shared by all threads, and
 * keeps values in per-dictionary maps. For the meldingen list (some 250
 * sections and 450 values a page) that was a third of a request's
 * instructions. Here a page's dictionaries, keys and values live in one
 * arena, freed with the root; a key is the 64-bit id ctemplate's parser
 * gives the same name (GlobalIdForSTS_INIT, exported by libctemplate), so
 * lookups compare integers.
 *
 * The lookups follow TemplateDictionary: a variable or section is looked
 * for in the dictionary, then in the parents of a section dictionary (an
 * include starts afresh); a later value of a key hides an earlier one; a
 * shown section without a dictionary of its own expands once with the
 * enclosing one. There is no global or template-global dictionary: no
 * template uses BI_SPACE or BI_NEWLINE, and the C API sets neither.
 */
class Arena {
public:
	Arena() = default;
	Arena(const Arena &) = delete;
	Arena &operator=(const Arena &) = delete;
	~Arena()
	{
		while (blocks_) {
			Block *next = blocks_->next;
			free(blocks_);
			blocks_ = next;
		}
	}
	void *alloc(size_t n)
	{
		n = (n + 15) & ~(size_t)15;
		if (!blocks_ || used_ + n > blocks_->cap) {
			size_t cap = n > kBlock ? n : kBlock;
			Block *b = static_cast<Block *>(malloc(sizeof(Block) + cap));
			if (!b)
				abort();
			b->next = blocks_;
			b->cap = cap;
			blocks_ = b;
			used_ = 0;
		}
		void *p = reinterpret_cast<char *>(blocks_ + 1) + used_;
		used_ += n;
		return p;
	}
	/* A NUL-terminated copy of s[0..n). */
	const char *dup(const char *s, size_t n)
	{
		char *p = static_cast<char *>(alloc(n + 1));
		memcpy(p, s, n);
		p[n] = '\0';
		return p;
	}

private:
	struct alignas(16) Block {
		Block *next;
		size_t cap;
	};
	static const size_t kBlock = 16384;
	Block *blocks_ = nullptr;
	size_t used_ = 0;
};

class Dict;

struct Var {
	uint64_t id;
	const char *s;
	size_t n;
	Var *next;
};

/* The dictionaries of one section or include, in the order they were added. */
struct Group {
	uint64_t id;
	Dict *first, *last;
	Group *next;
};

class Dict : public ctemplate::TemplateDictionaryInterface {
public:
	Dict(Arena *a, Dict *parent) : a_(a), parent_(parent) {}

	void set(uint64_t id, const char *s, size_t n)
	{
		Var *v = static_cast<Var *>(a_->alloc(sizeof(Var)));
		*v = Var{ id, a_->dup(s, n), n, vars_ };
		vars_ = v;      /* newest first: it hides an older value of the key */
	}
	Dict *add_section(uint64_t id) { return add(&sections_, id, this); }
	void show_section(uint64_t id)
	{
		if (!find(sections_, id))
			add(&sections_, id, this);
	}
	Dict *add_include(uint64_t id, const char *file)
	{
		Dict *d = add(&includes_, id, nullptr);
		d->filename_ = a_->dup(file, strlen(file));
		return d;
	}

protected:
	ctemplate::TemplateString GetValue(const ctemplate::TemplateString &variable) const override
	{
		uint64_t id = ctemplate::GlobalIdForSTS_INIT(variable);
		for (const Dict *d = this; d; d = d->parent_)
			for (const Var *v = d->vars_; v; v = v->next)
				if (v->id == id)
					return ctemplate::TemplateString(v->s, v->n);
		return ctemplate::TemplateString("", 0);
	}
	bool IsHiddenSection(const ctemplate::TemplateString &name) const override
	{
		return !lookup(&Dict::sections_, name);
	}
	bool IsUnhiddenSection(const ctemplate::TemplateString &name) const override
	{
		return lookup(&Dict::sections_, name) != nullptr;
	}
	bool IsHiddenTemplate(const ctemplate::TemplateString &name) const override
	{
		return !lookup(&Dict::includes_, name);
	}
	const char *GetIncludeTemplateName(const ctemplate::TemplateString &variable, int dictnum) const override
	{
		const Group *g = lookup(&Dict::includes_, variable);
		const Dict *d = g ? g->first : nullptr;
		for (int i = 0; d && i < dictnum; i++)
			d = d->next_;
		return d && d->filename_ ? d->filename_ : "";
	}
	Iterator *CreateTemplateIterator(const ctemplate::TemplateString &section) const override
	{
		const Group *g = lookup(&Dict::includes_, section);
		return new Iter(g ? g->first : nullptr);
	}
	Iterator *CreateSectionIterator(const ctemplate::TemplateString &section) const override
	{
		const Group *g = lookup(&Dict::sections_, section);
		return new Iter(g ? g->first : nullptr);
	}
	void DumpToString(std::string *out, int level) const override
	{
		out->append((size_t)level, ' ');
		out->append("leefbaar dictionary\n");
	}

private:
	class Iter : public Iterator {
	public:
		explicit Iter(const Dict *d) : d_(d) {}
		bool HasNext() const override { return d_ != nullptr; }
		const ctemplate::TemplateDictionaryInterface &Next() override
		{
			const Dict *d = d_;
			d_ = d_->next_;
			return *d;
		}

	private:
		const Dict *d_;
	};

	static Group *find(Group *g, uint64_t id)
	{
		for (; g; g = g->next)
			if (g->id == id)
				return g;
		return nullptr;
	}
	const Group *lookup(Group *Dict::*which, const ctemplate::TemplateString &name) const
	{
		uint64_t id = ctemplate::GlobalIdForSTS_INIT(name);
		for (const Dict *d = this; d; d = d->parent_)
			if (const Group *g = find(d->*which, id))
				return g;
		return nullptr;
	}
	Dict *add(Group **list, uint64_t id, Dict *parent)
	{
		Group *g = find(*list, id);
		if (!g) {
			g = static_cast<Group *>(a_->alloc(sizeof(Group)));
			*g = Group{ id, nullptr, nullptr, nullptr };
			/* Appended: the order of groups does not matter, of their dictionaries it does. */
			Group **end = list;
			while (*end)
				end = &(*end)->next;
			*end = g;
		}
		Dict *d = new (a_->alloc(sizeof(Dict))) Dict(a_, parent);
		if (g->last)
			g->last->next_ = d;
		else
			g->first = d;
		g->last = d;
		return d;
	}

	Arena *a_;
	Dict *parent_;                  /* a section's enclosing dictionary; none for a root or include */
	Dict *next_ = nullptr;          /* the next dictionary of the same group */
	const char *filename_ = nullptr;
	Var *vars_ = nullptr;
	Group *sections_ = nullptr;
	Group *includes_ = nullptr;
};

/* The root owns the arena; every other Dict lives in it and is never destroyed on its own. */
class Root : public Dict {
public:
	Root() : Dict(&arena_, nullptr) {}

private:
	Arena arena_;
};

/* The id ctemplate's parser gives the name, so lookups by the expander find it. */
uint64_t key_id(const char *name)
{
	return ctemplate::GlobalIdForSTS_INIT(ctemplate::TemplateString(name, strlen(name)));
}

Dict *D(struct tpl_dict *d)
{
	return reinterpret_cast<Dict *>(d);
}

struct tpl_dict *C(Dict *d)
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
	return C(new Root());
}

extern "C" void tpl_dict_free(struct tpl_dict *d)
{
	delete static_cast<Root *>(D(d));
}

extern "C" void tpl_set(struct tpl_dict *d, const char *key, const char *value)
{
	value = value ? value : "";
	D(d)->set(key_id(key), value, strlen(value));
}

extern "C" void tpl_set_int(struct tpl_dict *d, const char *key, long long value)
{
	char s[24], *p = s + sizeof(s);
	unsigned long long u = value < 0 ? 0ULL - (unsigned long long)value : (unsigned long long)value;

	/* Digits from the right, without snprintf: list pages set hundreds of numbers. */
	do {
		*--p = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (value < 0)
		*--p = '-';
	D(d)->set(key_id(key), p, (size_t)(s + sizeof(s) - p));
}

extern "C" void tpl_setf(struct tpl_dict *d, const char *key, const char *fmt, ...)
{
	struct buf b = BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	buf_vaddf(&b, fmt, ap);
	va_end(ap);
	D(d)->set(key_id(key), b.buf, b.len);
	buf_release(&b);
}

extern "C" void tpl_show(struct tpl_dict *d, const char *section)
{
	D(d)->show_section(key_id(section));
}

extern "C" struct tpl_dict *tpl_section(struct tpl_dict *d, const char *section)
{
	return C(D(d)->add_section(key_id(section)));
}

extern "C" struct tpl_dict *tpl_include(struct tpl_dict *d, const char *name, const char *file)
{
	return C(D(d)->add_include(key_id(name), file));
}

extern "C" int tpl_expand(const char *file, struct tpl_dict *d, struct buf *out)
{
	size_t old = out->len;

	if (!cache)
		return log_error("templates: not loaded");
	/* A page is tens of kilobytes: start there instead of doubling up from 64 bytes. */
	buf_grow(out, 32768);
	BufEmitter e(out);
	if (!cache->ExpandNoLoad(file, kStrip, D(d), nullptr, &e)) {
		/* ctemplate may have written part of the page before failing. */
		out->len = old;
		out->buf[old] = '\0';
		return log_error("templates: cannot expand %s", file);
	}
	return 0;
}
