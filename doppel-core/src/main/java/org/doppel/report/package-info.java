@NullMarked
package org.doppel.report;

import org.jspecify.annotations.NullMarked;
