package org.rasd.core.io;

import org.rasd.core.model.RawRecord;
import org.rasd.core.model.Reject;

/** Where readers deliver what they read: a record, or a rejection with its reason. */
public interface RecordSink {
    void accept(RawRecord record);

    void reject(Reject reject);
}
