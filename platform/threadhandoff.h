// Hand-overs of work or data to another thread through Qt: QThreadPool,
// and an event posted to a QObject on another thread.
//
// Qt orders these (each is a queue behind a mutex), but Debian's Qt is not
// built with ThreadSanitizer, and that mutex, inside QtCore, is a futex it
// cannot see. It would report every hand-over as a race: the closure is
// written on one thread and read on the other with no order it knows of.
// Under the tsan preset a hand-over therefore also goes through a mutex of
// Aerial's own, which ThreadSanitizer sees: the giving thread holds it while
// Qt takes the closure, and the taking thread passes through it before it
// reads anything handed over. It is one mutex for all hand-overs, so that
// the taking side needs nothing from the closure to find it; recursive, as
// Qt may delete an event it cannot deliver inside the giving call. Elsewhere
// the mutex is not there.
#pragma once

#include <QCoreApplication>
#include <QEvent>
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
inline std::recursive_mutex &handoffMutex()
{
    static std::recursive_mutex mutex;
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

// A closure for a QObject's thread, as an event of Aerial's own, so that the
// receiver takes the hand-over before anything in it is read. (A queued
// QMetaObject::invokeMethod is read first by Qt's QFunctorSlotObject, a
// template compiled into Aerial, which ThreadSanitizer sees.)
class PostedCall : public QEvent
{
public:
    explicit PostedCall(std::function<void()> call) : QEvent(type()), m_call(std::move(call)) {}
    // Also deleted unrun, with a receiver that goes first.
    ~PostedCall() override { take(); }
    static QEvent::Type type()
    {
        static const auto registered = QEvent::Type(QEvent::registerEventType());
        return registered;
    }
    void run() { m_call(); }

private:
    std::function<void()> m_call;
};

// On the giving thread: call runs on receiver's thread, if receiver is still
// there; the receiver's event() passes its events to deliver().
inline void post(QObject *receiver, std::function<void()> call)
{
    give([&] { QCoreApplication::postEvent(receiver, new PostedCall(std::move(call))); });
}

// First thing in the receiver's event(): runs a PostedCall, and says
// whether it was one.
inline bool deliver(QEvent *event)
{
    take();
    if (event->type() != PostedCall::type())
        return false;
    static_cast<PostedCall *>(event)->run();
    return true;
}

} // namespace Aerial::ThreadHandoff
