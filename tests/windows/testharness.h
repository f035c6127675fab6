// A small test harness for the Windows console tests, which have no Qt.
// Each check prints where it failed and the values it compared.
#pragma once

#include <cstdio>
#include <functional>
#include <sstream>
#include <string>
#include <type_traits>
#include <vector>

namespace harness {

inline int &failures()
{
    static int count = 0;
    return count;
}

inline void fail(const char *file, int line, const std::string &what)
{
    std::printf("  FAIL %s:%d: %s\n", file, line, what.c_str());
    ++failures();
}

template<typename T>
void print(std::ostream &out, const T &value)
{
    if constexpr (std::is_enum_v<T>)
        out << static_cast<long long>(value);
    else
        out << value;
}

template<typename A, typename B>
void compare(const A &actual, const B &expected, const char *actualText, const char *expectedText, const char *file,
             int line)
{
    if (actual == expected)
        return;
    std::ostringstream text;
    text << actualText << " is ";
    print(text, actual);
    text << ", expected " << expectedText << " (";
    print(text, expected);
    text << ")";
    fail(file, line, text.str());
}

struct Test
{
    const char *name;
    std::function<void()> run;
};

// Runs each test, reports it, and returns the process's exit code.
inline int run(const std::vector<Test> &tests)
{
    int failed = 0;
    for (const Test &test : tests) {
        const int before = failures();
        test.run();
        const bool ok = failures() == before;
        std::printf("%s %s\n", ok ? "PASS" : "FAIL", test.name);
        std::fflush(stdout);
        failed += ok ? 0 : 1;
    }
    std::printf("%d of %zu tests failed\n", failed, tests.size());
    return failed == 0 ? 0 : 1;
}

} // namespace harness

#define CHECK(condition)                                                                                              \
    do {                                                                                                              \
        if (!(condition))                                                                                             \
            harness::fail(__FILE__, __LINE__, #condition);                                                            \
    } while (false)

#define CHECK_EQ(actual, expected) harness::compare((actual), (expected), #actual, #expected, __FILE__, __LINE__)
