package org.w3id.kzlabour.query;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP response body read as an InputStream that gives up at a deadline.
 *
 * <p>The JDK's {@code BodySubscribers.ofInputStream()} blocks a read for as long as the remote
 * sends nothing, and neither closing the stream nor interrupting the thread wakes it (JDK 17);
 * the request timeout ends when the headers arrive. A remote that stalls in the middle of its
 * answer would hold the reading thread for ever. Here every read waits at most until the deadline,
 * then cancels the transfer and throws {@link HttpTimeoutException}.
 */
final class DeadlineBody implements HttpResponse.BodySubscriber<InputStream> {

    private static final Object END = new Object();

    private final BlockingQueue<Object> chunks = new LinkedBlockingQueue<>();
    private final long deadlineNanos;
    private volatile Flow.Subscription subscription;

    DeadlineBody(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        chunks.add(item);
    }

    @Override
    public void onError(Throwable throwable) {
        chunks.add(throwable);
    }

    @Override
    public void onComplete() {
        chunks.add(END);
    }

    @Override
    public CompletionStage<InputStream> getBody() {
        return CompletableFuture.completedFuture(new Stream());
    }

    private void cancel() {
        Flow.Subscription s = subscription;
        if (s != null)
            s.cancel();
    }

    private final class Stream extends InputStream {
        private Iterator<ByteBuffer> buffers = List.<ByteBuffer>of().iterator();
        private ByteBuffer current;
        private boolean eof;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0)
                return 0;
            while (current == null || !current.hasRemaining()) {
                if (eof)
                    return -1;
                if (buffers.hasNext()) {
                    current = buffers.next();
                    continue;
                }
                nextChunk();
            }
            int n = Math.min(len, current.remaining());
            current.get(b, off, n);
            return n;
        }

        @SuppressWarnings("unchecked")
        private void nextChunk() throws IOException {
            long wait = deadlineNanos - System.nanoTime();
            Object next;
            try {
                next = wait <= 0 ? null : chunks.poll(wait, TimeUnit.NANOSECONDS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                next = null;
            }
            if (next == null) {
                cancel();
                throw new HttpTimeoutException("deadline passed while reading the answer");
            }
            if (next == END) {
                eof = true;
            } else if (next instanceof Throwable failure) {
                throw new IOException(failure);
            } else {
                buffers = ((List<ByteBuffer>) next).iterator();
                subscription.request(1);
            }
        }

        @Override
        public void close() {
            if (!eof)
                cancel();
            eof = true;
        }
    }
}
