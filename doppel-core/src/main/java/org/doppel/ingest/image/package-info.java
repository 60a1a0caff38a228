@NullMarked
package org.doppel.ingest.image;

import org.jspecify.annotations.NullMarked;
