using Microsoft.Extensions.Options;
using Search.Core.Indexing;

namespace Search.Core.Replication;

/// <summary>
/// What this replica has applied against what the stream holds: writes wait here for their own sequence to be applied
/// (read-your-writes), and /health/ready reads the lag from here.
/// </summary>
public sealed class ReplicaProgress(IndexStore store, IOptions<ReplicationOptions> options, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly long _readyBound = options.Value.ReadyLagMessages;
    private TaskCompletionSource _advanced = NewSignal();
    private long _streamSequence = -1;
    // Behind since start until first seen caught up.
    private long _caughtUpAtTicks = (clock ?? TimeProvider.System).GetUtcNow().UtcTicks;
    private volatile bool _connected;
    private volatile bool _caughtUp;

    /// <summary>Called after every applied batch and every look at the stream: wakes the writes waiting for their sequence.</summary>
    public void Advanced(long? streamSequence = null, bool connected = true)
    {
        _connected = connected;
        if (streamSequence is { } last)
        {
            var seen = Interlocked.Read(ref _streamSequence);
            while (last > seen && Interlocked.CompareExchange(ref _streamSequence, last, seen) != seen)
            {
                seen = Interlocked.Read(ref _streamSequence);
            }
        }

        var lag = Behind();
        if (lag == 0)
        {
            Interlocked.Exchange(ref _caughtUpAtTicks, _clock.GetUtcNow().UtcTicks);
        }

        if (connected && Interlocked.Read(ref _streamSequence) >= 0 && lag <= _readyBound)
        {
            _caughtUp = true;
        }

        Interlocked.Exchange(ref _advanced, NewSignal()).TrySetResult();
    }

    /// <summary>The connection was lost (the follower retries): writes answer 503, reads go on, health says so.</summary>
    public void Disconnected() => Advanced(connected: false);

    /// <summary>Waits until this replica has applied <paramref name="sequence"/>; throws <see cref="ReplicationUnavailableException"/> after <paramref name="timeout"/>.</summary>
    public async Task WaitAppliedAsync(long sequence, TimeSpan timeout, CancellationToken cancel)
    {
        var deadline = _clock.GetUtcNow() + timeout;
        while (store.AppliedSequence < sequence)
        {
            var signal = Volatile.Read(ref _advanced).Task;
            if (store.AppliedSequence >= sequence)
            {
                return;
            }

            var left = deadline - _clock.GetUtcNow();
            if (left <= TimeSpan.Zero)
            {
                throw new ReplicationUnavailableException(
                    $"The write is stored in the stream (sequence {sequence}) but this replica has not applied it yet; every replica will, and a retry is safe.",
                    recorded: true);
            }

            await signal.WaitAsync(left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200), _clock, cancel)
                .ContinueWith(_ => { }, cancel, TaskContinuationOptions.None, TaskScheduler.Default);
        }
    }

    public ReplicaLag Lag
    {
        get
        {
            var behind = Behind();
            var caughtUpAt = Interlocked.Read(ref _caughtUpAtTicks);
            var seconds = behind == 0 ? 0 : (_clock.GetUtcNow().UtcTicks - caughtUpAt) / (double)TimeSpan.TicksPerSecond;
            return new ReplicaLag(behind, Math.Round(seconds, 3), store.AppliedSequence, Math.Max(0, Interlocked.Read(ref _streamSequence)), _connected, _caughtUp);
        }
    }

    private long Behind() => Math.Max(0, Interlocked.Read(ref _streamSequence) - store.AppliedSequence);

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
