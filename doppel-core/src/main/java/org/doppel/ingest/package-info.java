@NullMarked
package org.doppel.ingest;

import org.jspecify.annotations.NullMarked;
