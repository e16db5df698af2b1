// The product as Sigap stores and searches it. Prices are integer Rupiah; `stock: null` means the
// export did not say (unknown), which is not the same as 0 (sold out, "habis").

export interface ProductVariant {
  sku: string;
  name: string;
  price: number;
  stock: number | null;
}

export interface Product {
  sku: string;
  name: string;
  /** For a product with variants: the lowest variant price. */
  price: number;
  stock: number | null;
  variants: ProductVariant[];
  category?: string;
  description?: string;
  tags?: string[];
  url?: string;
  /** Whole grams, for the shipping cost buyers ask about; absent when the sheet did not say. */
  weight?: number;
}
