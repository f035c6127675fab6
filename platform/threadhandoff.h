// Hand-overs of work or data to another thread through Qt: QThreadPool,
// and a queued QMetaObject::invokeMethod.
//
// Qt orders these (each is a queue behind a mutex), but Debian's Qt is not
// built with ThreadSanitizer, and that mutex, inside QtCore, is a futex it
// cannot see. It would report every hand-over as a race: the closure is
// written on one thread and read on the other with no order it knows of.
// Under the tsan preset a hand-over therefore also goes through a mutex of
// Aerial's own, which ThreadSanitizer sees: the giving thread holds it while
// Qt takes the closure, and the taking thread passes through it before it
// reads anything handed over. It is one mutex for all hand-overs, so that
// the taking side needs nothing from the closure to find it. Elsewhere the
// mutex is not there.
#pragma once

#include <QRunnable>
#include <QThreadPool>

#include <functional>

#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define AERIAL_THREAD_SANITIZER 1
#include <mutex>
#endif
#endif

namespace Aerial::ThreadHandoff {

#ifdef AERIAL_THREAD_SANITIZER
inline std::mutex &handoffMutex()
{
    static std::mutex mutex;
    return mutex;
}
#endif

// On the giving thread: handOver() makes the closure and gives it to Qt.
template<typename HandOver>
void give(HandOver &&handOver)
{
#ifdef AERIAL_THREAD_SANITIZER
    std::lock_guard lock(handoffMutex());
#endif
    handOver();
}

// On the taking thread, first thing in the closure.
inline void take()
{
#ifdef AERIAL_THREAD_SANITIZER
    std::lock_guard lock(handoffMutex());
#endif
}

// A job for the pool, taken over before any of it is read (QRunnable's own
// std::function would be read on the pool's thread before the job's first
// line).
inline void start(QThreadPool &pool, std::function<void()> job)
{
    class HandedOver : public QRunnable
    {
    public:
        explicit HandedOver(std::function<void()> job) : m_job(std::move(job)) {}
        void run() override
        {
            take();
            m_job();
        }

    private:
        std::function<void()> m_job;
    };
    give([&] { pool.start(new HandedOver(std::move(job))); });
}

} // namespace Aerial::ThreadHandoff
