@NullMarked
package org.doppel.document;

import org.jspecify.annotations.NullMarked;
