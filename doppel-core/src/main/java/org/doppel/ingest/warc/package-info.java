@NullMarked
package org.doppel.ingest.warc;

import org.jspecify.annotations.NullMarked;
