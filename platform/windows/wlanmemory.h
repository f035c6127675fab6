// Ownership of the lists wlanapi allocates: each is released with
// WlanFreeMemory exactly once, when its owner goes out of scope.
#pragma once

#include "wlanlibrary.h"

#include <utility>

namespace aerial::win {

template<typename T>
class WlanMemory
{
public:
    explicit WlanMemory(const WlanLibrary &library) : m_free(library.freeMemory) {}
    ~WlanMemory() { reset(); }
    WlanMemory(const WlanMemory &) = delete;
    WlanMemory &operator=(const WlanMemory &) = delete;
    WlanMemory(WlanMemory &&other) noexcept
        : m_free(other.m_free), m_pointer(std::exchange(other.m_pointer, nullptr)) {}

    // For the out-parameter of a Wlan* call. Releases what was held first.
    T **receive()
    {
        reset();
        return &m_pointer;
    }
    T *get() const { return m_pointer; }
    T *operator->() const { return m_pointer; }
    explicit operator bool() const { return m_pointer != nullptr; }

    void reset()
    {
        if (m_pointer)
            m_free(m_pointer);
        m_pointer = nullptr;
    }

private:
    decltype(&::WlanFreeMemory) m_free;
    T *m_pointer = nullptr;
};

} // namespace aerial::win
